import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's own browser interface, which a kiosk has none of. Debian's Chromium 156 preloads,
 * for every new window, its address bar's pop-up (chrome://omnibox-popup.top-chrome, a WebUI
 * page in a renderer of its own; the AI-mode variant with it). Traced during a cold load of the
 * kiosk at six times slower, that renderer's main thread was busy 3.45 s, more than the kiosk
 * page's own 3.09 s, on a machine of two cores. Electron, which the kiosk runs in, has no
 * address bar. Without the two features, no such renderer starts (traced).
 */
const NO_BROWSER_INTERFACE = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';

/**
 * Touches that reach the page as a touch screen's do, for the benches that time taps. By
 * default DevTools stamps a touch when the driver sends it, then holds it until the page has
 * drawn a fresh frame (Chromium's input_handler.cc: InsertVisualStateCallback) before passing
 * it on. With no CPU slowdown, touch events waited 12.5 ms (median) between their stamp and
 * their handler that way, against 1.1 ms with this feature, which passes each touch on at once
 * and stamps it as it goes, as the browser does with a touch screen's events. The page sees
 * the same events either way: every touchend cancelable, no click but the one it makes itself.
 */
export const TOUCH_SCREEN_INPUT = '--enable-features=SyntheticPointerActions';

/**
 * Debian's Chromium, headless, with the flags this closed network needs and any `extra`.
 * Playwright's own disabled features stay: Chromium joins the lists.
 */
export function launchChromium(extra: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      NO_BROWSER_INTERFACE,
      ...extra,
    ],
  });
}

const consoleErrors = new WeakMap<Page, string[]>();

/**
 * A portrait 1080x1920 touch screen, as on the kiosk; console errors (CSP refusals among them)
 * are kept. `before` runs before the kiosk loads (routes, init scripts).
 */
export async function kioskPage(browser: Browser, url: string, before?: (page: Page) => Promise<void>): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    locale: 'id-ID',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await before?.(page);
  await page.goto(url);
  return page;
}

export const errorsOn = (page: Page): string[] => consoleErrors.get(page) ?? [];

export const tap = (page: Page, testId: string) => page.getByTestId(testId).tap();

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations on the page as it is now, one line each ("rule: target"). Injected
 * through the debugging protocol, which the page's CSP does not govern, so the page keeps
 * its real policy. `rules` runs named rules instead of the WCAG AA set.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    const { default: axe } = await import('axe-core');
    await page.evaluate(axe.source);
  }
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: WCAG_AA_TAGS };
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    );
  }, runOnly);
  return violations;
}

/**
 * Touch targets smaller than `min` px or closer than `gap` px to a neighbour, one line each.
 * Only what a finger can reach counts: visible, enabled controls (only those in an open
 * modal dialog when there is one), and for spacing only the part not scrolled out of view.
 */
export async function targetProblems(page: Page, min = 48, gap = 8): Promise<string[]> {
  return page.evaluate(
    ({ min, gap }) => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const intersect = (a: Box, b: Box): Box => ({
        left: Math.max(a.left, b.left),
        top: Math.max(a.top, b.top),
        right: Math.min(a.right, b.right),
        bottom: Math.min(a.bottom, b.bottom),
      });
      /** The element's rectangle cut to the viewport and to every scrolling box around it. */
      const reachable = (el: Element): Box => {
        let box: Box = intersect(el.getBoundingClientRect(), {
          left: 0,
          top: 0,
          right: innerWidth,
          bottom: innerHeight,
        });
        for (let up = el.parentElement; up; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            box = intersect(box, up.getBoundingClientRect());
          }
        }
        return box;
      };
      const scope = document.querySelector('[aria-modal="true"]') ?? document;
      const selector =
        'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"]):not(main)';
      const name = (el: Element) =>
        el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}"`;
      const targets = [...scope.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }))
        .map((el) => ({ el, size: el.getBoundingClientRect(), box: reachable(el) }))
        .filter(({ size }) => size.width > 0 && size.height > 0);
      const problems: string[] = [];
      for (const { el, size } of targets) {
        if (size.width < min || size.height < min) problems.push(`${name(el)} is ${size.width}x${size.height}`);
      }
      const inView = targets.filter(({ box }) => box.right > box.left && box.bottom > box.top);
      for (let i = 0; i < inView.length; i++) {
        for (let j = i + 1; j < inView.length; j++) {
          const a = inView[i]!.box;
          const b = inView[j]!.box;
          const apart = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom, 0);
          if (apart < gap - 0.5)
            problems.push(`${name(inView[i]!.el)} and ${name(inView[j]!.el)} are ${apart} px apart`);
        }
      }
      return problems;
    },
    { min, gap },
  );
}

type DomNode = { nodeId: number; nodeType: number; nodeName: string; nodeValue: string; children?: DomNode[] };

/**
 * Text on screen drawn in a font the kiosk did not bring, one line each. A system font in
 * use means a character outside the bundled subset: that text looks different on every
 * kiosk, and the fallback lookup is a visible pause on a slow kiosk PC. Chromium reports
 * the fonts it really used for each element's text through the debugging protocol.
 */
export async function fontProblems(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
    const withText: { node: DomNode; text: string }[] = [];
    const walk = (node: DomNode) => {
      const text = (node.children ?? [])
        .filter((child) => child.nodeType === 3)
        .map((child) => child.nodeValue)
        .join('')
        .trim();
      if (node.nodeType === 1 && text && !['SCRIPT', 'STYLE', 'TITLE'].includes(node.nodeName))
        withText.push({ node, text });
      node.children?.forEach(walk);
    };
    walk(root);
    const problems: string[] = [];
    for (const { node, text } of withText) {
      // Text that is not laid out (hidden, off the page) reports no fonts and is skipped.
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
      for (const font of fonts.filter((f) => !f.isCustomFont)) {
        problems.push(`"${text.slice(0, 30)}" uses the system font ${font.familyName} for ${font.glyphCount} glyph(s)`);
      }
    }
    return problems;
  } finally {
    await cdp.detach();
  }
}
