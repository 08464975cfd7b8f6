/**
 * The page's first Intl call makes V8 list every locale ICU has (react-intl asks whether its
 * locale is supported each time it creates its formatter): 40-70 ms in Chromium at full
 * speed, several hundred on a slow kiosk PC, on the main thread, in the way of the first
 * screen. V8 and ICU keep that list and their data for the whole renderer process, so this
 * script, a separate entry that index.html loads beside the page's own (vite.config.ts),
 * starts a worker that builds them on the other core while the page's script is still
 * loading. Only a head start: where a worker cannot start, the page pays as before.
 */
try {
  new Worker(new URL('./intl-warm-up.worker.ts', import.meta.url), { type: 'module' });
} catch {
  // No worker here: nothing is lost but the head start.
}
