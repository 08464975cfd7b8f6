/**
 * Taps measured as a person would feel them, for the benches that time the citizen's screens:
 * a touch screen's touches sent to the kiosk page in Chromium with its main thread slowed
 * six times (CDP CPU throttling), as a modest kiosk PC would run it, and a probe in the
 * page that times each tap to the frame that shows its new screen. The browser must pass the
 * touches on as a touch screen's (TOUCH_SCREEN_INPUT in tests/e2e/browser.ts), or each tap is
 * also timed over a frame that DevTools waits for before the page is given the touch.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { kioskPage } from '../e2e/browser.ts';

export const CPU_SLOWDOWN = 6;

/**
 * Requests filed before any tap is timed. A kiosk answers taps faster once it has served a
 * few citizens than for its first one, as V8 compiles the session's hot paths as they run
 * (measured: p50 6-8 ms lower after five requests than after one); timed taps follow three,
 * as on a kiosk after its first citizens of the day.
 */
export const WARM_UP_REQUESTS = 3;

/**
 * How long the finger rests on the glass before it lifts, from the touch. A person's finger is
 * still down while the button is drawn pressed; sent back to back, the release would queue
 * behind the press's frame and every tap would carry that frame. 50 ms is at the quick end of a
 * person's tap; a press that takes longer than that on a slow stretch still counts.
 */
export const TOUCH_REST_MS = 50;

/**
 * Console messages that tell the driver the load's time, and that a tap's new screen is
 * on the glass. They reach it as DevTools events: waiting with an evaluation in the page
 * would run the driver's own script there while the kiosk loads or answers a tap (its first
 * evaluation injects about 70 ms of script at this slowdown, measured).
 */
export const INTERACTIVE = 'bench: interactive at ';
const PAINTED = 'bench: painted ';

/**
 * Runs in the page before the kiosk's own scripts. A screen is new when its heading is a
 * different node (every screen, and every question, draws its own <h1>; a language switch
 * only changes its text). Each tap is timed from the finger's release, the pointerup's own
 * timestamp: a button acts on release, and the finger rests on the glass before it lifts
 * (TOUCH_REST_MS; Event Timing, behind INP, also times a tap's events each from its own
 * timestamp). benchFramed takes the first moment after the frame that shows the new screen,
 * benchFramedFromTouch the same from the touch, for comparison; benchPainted
 * takes, from the release, the moment that frame was presented, as the Element Timing API
 * reports it for the heading's text (the heading and the spans its text may sit in are
 * tagged in the task that inserts them, before any paint). Load to interactive ends at the
 * first moment after the frame that shows the Start button. Written as a string: tsx would
 * wrap functions passed to the page in a helper the page lacks.
 */
const PROBE = `
  window.benchPainted = [];
  let interactive = false;
  window.benchFramed = [];
  window.benchFramedFromTouch = [];
  const tagged = new Map();
  const measured = new Set();
  const framed = new Set();
  let touch = null;
  let heading = null;
  let screens = 0;
  document.addEventListener('pointerdown', (event) => { touch = { down: event.timeStamp, at: event.timeStamp, id: event.pointerId + ':' + event.timeStamp }; }, true);
  document.addEventListener('pointerup', (event) => { if (touch !== null) touch.at = event.timeStamp; }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const cause = tagged.get(entry.identifier);
      if (cause === undefined || measured.has(cause.id)) continue;
      measured.add(cause.id);
      window.benchPainted.push(entry.renderTime - cause.at);
      console.log('${PAINTED}' + window.benchPainted.length);
    }
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    if (!interactive && document.querySelector('[data-testid="start"]')) {
      interactive = true;
      requestAnimationFrame(() => setTimeout(() => console.log('${INTERACTIVE}' + performance.now())));
    }
    const now = document.querySelector('.screen h1');
    if (now === heading) return;
    heading = now;
    // A screen that goes before it is painted (Sending, when the answer is quick) passes the
    // touch on to the one that replaces it.
    if (touch === null || now === null || measured.has(touch.id)) return;
    const name = 'screen-' + ++screens;
    const cause = touch;
    tagged.set(name, cause);
    for (const element of [now, ...now.querySelectorAll('*')]) element.setAttribute('elementtiming', name);
    requestAnimationFrame(() => setTimeout(() => {
      if (framed.has(cause.id)) return;
      framed.add(cause.id);
      const now = performance.now();
      window.benchFramed.push(now - cause.at);
      window.benchFramedFromTouch.push(now - cause.down);
    }));
  }).observe(document, { childList: true, subtree: true });
`;

/** A throttled page with the probe; `before` runs before it navigates. */
export async function throttledPage(browser: Browser, url: string, before?: (page: Page) => void): Promise<Page> {
  return kioskPage(browser, url, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(PROBE);
    before?.(page);
  });
}

/** What the probe recorded; `window` is typed loosely here, as the probe is a string. */
type Probed = { benchPainted: number[]; benchFramed: number[]; benchFramedFromTouch: number[] };

/**
 * Each tap's time from release to its new screen's frame, and to that frame on the glass,
 * and from the touch to the frame, in the order tapped.
 */
export const recordedTaps = (page: Page): Promise<{ framed: number[]; painted: number[]; fromTouch: number[] }> =>
  page.evaluate(() => {
    const { benchPainted, benchFramed, benchFramedFromTouch } = window as unknown as Probed;
    return { framed: [...benchFramed], painted: [...benchPainted], fromTouch: [...benchFramedFromTouch] };
  });

/** A page and the DevTools session its touches go through. */
export type Finger = { page: Page; cdp: CDPSession };

export const fingerOn = async (page: Page): Promise<Finger> => ({
  page,
  cdp: await page.context().newCDPSession(page),
});

/**
 * Taps a button that leads to another screen, as a touch screen would (touch down and up at
 * its centre, nothing else in the page), and waits until the new screen is on the glass.
 */
export async function move({ page, cdp }: Finger, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  await button.waitFor();
  const box = await button.boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const painted = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(PAINTED) });
  const touched = performance.now();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await sleep(Math.max(0, TOUCH_REST_MS - (performance.now() - touched)));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await painted;
}
