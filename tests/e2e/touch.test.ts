/**
 * A button touched as a person's finger touches it, through the touch screen's own events
 * (CDP touches, nothing else in the page): it acts when the finger lifts inside it, however
 * long the finger rested; one tap is one press, never a second one on whatever the tap
 * brought under the finger; a finger that slides off before lifting presses nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { beginService } from './citizen.ts';

const run = useKioskInBrowser();

type Point = { x: number; y: number };

async function centreOf(page: Page, testId: string): Promise<Point> {
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger down at `at`, resting `holdMs`, sliding to `liftAt` if given, then lifted. */
async function touch(page: Page, at: Point, { holdMs = 0, liftAt }: { holdMs?: number; liftAt?: Point } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  if (holdMs > 0) await page.waitForTimeout(holdMs);
  if (liftAt) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [liftAt] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Long enough for a click Chromium made of the same touch to have arrived. */
const settle = (page: Page) => page.waitForTimeout(600);

/** The test id of the button at a point of the screen, if there is one. */
const buttonAt = (page: Page, { x, y }: Point) =>
  page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.dataset.testid ?? null, { x, y });

async function onCategories(page: Page): Promise<void> {
  await tap(page, 'start');
  await tap(page, 'lang-id');
  await page.getByTestId('category-kependudukan').waitFor();
}

describe('a touch on a button', () => {
  it('acts when the finger lifts, even after resting on the button for a second', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await onCategories(page);
    await touch(page, await centreOf(page, 'category-kependudukan'), { holdMs: 1200 });
    await page.getByTestId('service-akta-kelahiran').waitFor({ timeout: 3000 });
    expect(await page.locator('[data-pressed]').count()).toBe(0);
    expect(errorsOn(page)).toEqual([]);
  });

  it('presses once: one key typed, and nothing pressed on the screen the tap opened', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await onCategories(page);
    const at = await centreOf(page, 'category-kependudukan');
    await touch(page, at);
    await page.getByTestId('service-akta-kelahiran').waitFor();
    // The new screen has a button where the finger was: a second click would have pressed it.
    const under = await buttonAt(page, at);
    expect(under).not.toBeNull();
    await settle(page);
    expect(await page.getByTestId('service-akta-kelahiran').isVisible()).toBe(true);
    expect(await page.getByTestId('screen-standard').count()).toBe(0);

    await page.goto(run.kiosk.url);
    await beginService(page, 'id', 'pbg-konsultasi');
    await touch(page, await centreOf(page, 'key-7'));
    await settle(page);
    expect(await page.getByTestId('answer-value').textContent()).toBe('7');
  });

  it('presses nothing when the finger slides off the button before lifting', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await onCategories(page);
    const tile = (await page.getByTestId('category-kependudukan').boundingBox())!;
    const at = await centreOf(page, 'category-kependudukan');
    await touch(page, at, { liftAt: { x: at.x, y: tile.y + tile.height + 40 } });
    await settle(page);
    expect(await page.getByTestId('category-kependudukan').isVisible()).toBe(true);
    expect(await page.getByTestId('service-akta-kelahiran').count()).toBe(0);
    // The press it showed is let go.
    expect(await page.locator('[data-pressed]').count()).toBe(0);
  });
});
