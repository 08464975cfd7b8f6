/**
 * A session nobody uses: the warning, one extension, then the end of the session, after
 * which nothing the citizen entered is left in the page (DOM), in the app's memory (the
 * state machine and every component's state), or in browser storage. Idle times are
 * shortened through the page address (`?idle=`), as renderer/idle/idle-times.ts allows.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, errorsOn, kioskPage, tap, targetProblems } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { tapKeys, beginService } from './citizen.ts';

const NIK = '3273015708850002';
const NAME = 'PUTRI AYU';
const WARNING_SECONDS = 4;

/**
 * Every string reachable from the props and state of the components on screen now (the
 * state machine's snapshot among them). The page runs on Preact (renderer/react-on-preact.ts),
 * which keeps its committed tree on the element it draws into: #root's `__k`, each vnode
 * with its component, and each component with its props and its hooks' state.
 */
function stringsInMemory(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strings: string[] = [];
    const seen = new WeakSet<object>();
    let budget = 3_000_000;
    const visit = (value: unknown): void => {
      if (--budget <= 0) return;
      if (typeof value === 'string') strings.push(value);
      if (value === null || typeof value !== 'object' || seen.has(value) || value instanceof Node) return;
      seen.add(value);
      if (value instanceof Map || value instanceof Set) for (const entry of value) visit(entry);
      for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key]);
    };
    const tree = (document.getElementById('root') as unknown as { __k?: unknown }).__k;
    if (!tree) throw new Error('#root holds no Preact tree to walk');
    visit(tree);
    return strings;
  });
}

const leftovers = async (page: Page) => {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const memory = (await stringsInMemory(page)).join('\n');
  return [NIK, NAME].filter((secret) => html.includes(secret) || memory.includes(secret));
};

const run = useKioskInBrowser();

describe('an idle session', () => {
  it('warns, is extended once, then ends and leaves nothing of the citizen behind', async () => {
    const url = `${run.kiosk.url}?idle=answer:3,result:2,warning:${WARNING_SECONDS}`;
    const page = await kioskPage(run.browser, url);
    await tap(page, 'text-size');
    await beginService(page, 'id', 'akta-kelahiran');
    await tapKeys(page, NIK);
    await tap(page, 'next');
    await page.getByTestId('key-Q').waitFor();
    await tapKeys(page, NAME);
    await page.locator('.screen-body').evaluate((body) => body.scrollTo({ top: 200 }));
    // The walk through memory does find the answers while the session lasts.
    expect(await leftovers(page)).toEqual([NIK, NAME]);

    // The warning: a countdown of the configured length and one large button.
    const warning = page.getByTestId('idle-warning');
    await warning.waitFor({ timeout: 6000 });
    expect(Number(await page.getByTestId('idle-seconds').textContent())).toBeLessThanOrEqual(WARNING_SECONDS);
    expect(await warning.getByRole('button').count()).toBe(1);
    expect([...(await axeViolations(page)), ...(await targetProblems(page))]).toEqual([]);
    await tap(page, 'idle-more-time');
    await warning.waitFor({ state: 'detached' });
    expect(await page.getByTestId('answer-value').textContent()).toBe(NAME);

    // Still nobody: the warning again, in English and high contrast this time, and then the end.
    await tap(page, 'lang-en');
    await tap(page, 'high-contrast');
    await warning.waitFor({ timeout: 6000 });
    expect(await warning.textContent()).toContain('I need more time');
    expect([
      ...(await axeViolations(page)),
      ...(await axeViolations(page, ['color-contrast-enhanced'])),
      ...(await targetProblems(page)),
    ]).toEqual([]);
    const warnedAt = Date.now();
    await page.getByTestId('screen-attract').waitFor({ timeout: (WARNING_SECONDS + 2) * 1000 });
    expect(Date.now() - warnedAt).toBeGreaterThan((WARNING_SECONDS - 1.5) * 1000);

    expect(await leftovers(page)).toEqual([]);
    const after = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      classes: document.documentElement.className,
      storage: localStorage.length + sessionStorage.length,
      scrolled: [...document.querySelectorAll('*')].some((el) => el.scrollTop > 0),
    }));
    expect(after).toEqual({ lang: 'id', classes: '', storage: 0, scrolled: false });
    expect(errorsOn(page)).toEqual([]);
  });

  it('gives the result screen its own, shorter time, and warns there too', async () => {
    const page = await kioskPage(run.browser, `${run.kiosk.url}?idle=answer:60,result:1,warning:2`);
    await beginService(page, 'id', 'kk-ubah');
    await tapKeys(page, NIK);
    await tap(page, 'next');
    await page.locator('[data-testid^="choice-"]').first().tap();
    await tap(page, 'next');
    await tap(page, 'consent-no');
    await tap(page, 'confirm');
    await page.getByTestId('screen-result').waitFor();
    await page.getByTestId('idle-warning').waitFor({ timeout: 3000 });
    await page.getByTestId('screen-attract').waitFor({ timeout: 4000 });
    expect(await leftovers(page)).toEqual([]);
  });

  it('clears display choices a passer-by left on the attract screen', async () => {
    const page = await kioskPage(run.browser, `${run.kiosk.url}?idle=result:1`);
    await tap(page, 'high-contrast');
    await page.locator('html.contrast-high').waitFor();
    await page.locator('html:not(.contrast-high)').waitFor({ timeout: 3000 });
    expect(await page.getByTestId('idle-warning').count()).toBe(0);
  });
});
