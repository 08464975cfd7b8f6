/**
 * The page's first Intl call makes V8 list every locale ICU has (react-intl asks whether its
 * locale is supported each time it creates its formatter): 40-70 ms in Chromium at full
 * speed, several hundred on a slow kiosk PC, on the main thread, in the way of the first
 * screen. V8 and ICU keep that list and their data for the whole renderer process, so this
 * script, a separate entry that index.html loads beside the page's own (vite.config.ts),
 * starts a worker that builds them on the other core while the page's script is still
 * loading. Only a head start: where a worker cannot start, the page pays as before.
 *
 * A worker only starts once the page's main thread has a moment for it, and the page's own
 * script then runs for a second or more at a stretch on a slow PC: traced, the worker began
 * after the page had already paid for the list itself. So the page waits for the worker to
 * have started (window.serambiIntlWarmUp, main.tsx) before it draws anything.
 */
window.serambiIntlWarmUp = new Promise<void>((started) => {
  try {
    const worker = new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', () => started(), { once: true });
    worker.addEventListener('error', () => started(), { once: true });
  } catch {
    // No worker here: nothing is lost but the head start.
    started();
  }
});
