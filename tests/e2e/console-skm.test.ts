/**
 * The operator's SKM report at a built kiosk in browser mode, with taps only: citizens file
 * three surveys with known answers at the start screen, an operator signs in with a badge,
 * opens the SKM section and reads the IKM the kiosk computed, its band, the element to
 * improve first and the report narrowed to one service, then saves the CSV and the PDF to
 * the USB drive. An officer's desk offers no SKM section.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { errorsOn, kioskPage, launchChromium, tap } from './browser.ts';
import { tapPaged } from './citizen.ts';
import type { KioskProcess } from './kiosk-process.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import { OFFICER, OPERATOR, signInWithBadge, startKioskWithStaff } from './staff.ts';

const SLOW = { timeout: 10_000 };

type Scores = [number, number, number, number, number, number, number, number, number];

/**
 * The three surveys, U1 to U9 in order.
 *
 * By hand, per element (sum of its three scores / 3 answers = NRR):
 *   U1 4+3+4 = 11, U2 4+3+3 = 10, U3 4+2+2 = 8, U4 4+3+3 = 10, U5 4+4+3 = 11,
 *   U6 4+3+4 = 11, U7 4+3+4 = 11, U8 4+3+2 = 9, U9 4+3+3 = 10.
 * Weighted NRR = NRR / 9, so the IKM = (sum of all scores / 3) / 9 = 91 / 27 = 3.3703...,
 * and x 25 = 2275 / 27 = 84.259... -> 84.26 (two decimals), band B (76.61 to 88.30).
 * The lowest element is U3: 8 / 3 = 2.67.
 * Only the third is about kk-ubah: 28 / 9 x 25 = 77.777... -> 77.78, band B.
 */
const SURVEYS: { service: string | null; scores: Scores }[] = [
  { service: null, scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
  { service: null, scores: [3, 3, 2, 3, 4, 3, 3, 3, 3] },
  { service: 'kk-ubah', scores: [4, 3, 2, 3, 3, 4, 4, 2, 3] },
];

let browser: Browser;
let kiosk: KioskProcess;
const usb = tempDir('usb');

beforeAll(async () => {
  browser = await launchChromium();
  kiosk = await startKioskWithStaff({ KIOSK_USB_DIR: usb }, OPERATOR, OFFICER);
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
});

/** A survey from the start screen, without a tracking code: the service (or skip), nine scores, no profile. */
async function fileSurvey(page: Page, service: string | null, scores: Scores): Promise<void> {
  await page.getByTestId('screen-attract').waitFor();
  await tap(page, 'survey');
  await tap(page, 'survey-without-code');
  await page.getByTestId('screen-survey-service').waitFor();
  if (service) await tapPaged(page, `survey-service-${service}`);
  else await tap(page, 'survey-service-skip');
  for (const [i, score] of scores.entries()) {
    await page.getByTestId(`screen-survey-U${i + 1}`).waitFor();
    await tap(page, `survey-score-${score}`);
  }
  for (const field of ['sex', 'ageBand', 'education', 'occupation']) {
    await page.getByTestId(`screen-survey-${field}`).waitFor();
    await tap(page, 'survey-profile-skip');
  }
  await page.getByTestId('screen-survey-suggestion').waitFor();
  await tap(page, 'survey-send');
  await page.getByTestId('screen-survey-thanks').waitFor();
  await tap(page, 'finish');
  await page.getByTestId('screen-attract').waitFor();
}

describe('the SKM report in the operator console', () => {
  it('shows the IKM of surveys filed at the kiosk as computed by hand, with its band, per service, and saves CSV and PDF', async () => {
    const page = await kioskPage(browser, kiosk.url);
    for (const s of SURVEYS) await fileSurvey(page, s.service, s.scores);

    await signInWithBadge(page, OPERATOR);
    await tap(page, 'console-skm');
    // This month holds the three surveys; the year does too.
    await expect.poll(() => page.getByTestId('skm-ikm').textContent(), SLOW).toBe('84,26');
    expect(await page.getByTestId('skm-grade').textContent()).toBe('B');
    expect(await page.getByTestId('skm-band').textContent()).toBe('B Baik');
    expect(await page.getByTestId('skm-respondents').textContent()).toMatch(/^3 responden; sampel minimal \d+/);
    expect(await page.getByTestId('skm-lowest').textContent()).toBe('U3 Waktu penyelesaian 2,67');
    await tap(page, 'skm-kind-year');
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date());
    await expect.poll(() => page.getByTestId('skm-period').textContent(), SLOW).toBe(`Tahun ${year}`);
    expect(await page.getByTestId('skm-ikm').textContent()).toBe('84,26');

    // The chart of NRR per element, and the table with the lowest first.
    await tap(page, 'skm-part-chart');
    await page.getByTestId('skm-chart').locator('canvas').waitFor();
    await tap(page, 'skm-part-elements');
    expect(await page.getByTestId('skm-elements').locator('tbody tr').first().getAttribute('data-testid')).toBe(
      'skm-element-U3',
    );
    // Each row has a cell under each heading: the element by code and name, answers, NRR, weighted NRR.
    const headings = await page.getByTestId('skm-elements').locator('thead th').count();
    expect(await page.getByTestId('skm-element-U3').locator('th, td').allTextContents()).toEqual([
      'U3 Waktu penyelesaian',
      '3',
      '2,67',
      '0,296',
    ]);
    expect(headings).toBe(4);
    expect(await page.getByTestId('skm-nrr-U1').textContent()).toBe('3,67');
    expect(await page.getByTestId('skm-index').textContent()).toBe('3,370');

    // One service: only the third survey.
    await tap(page, 'skm-part-summary');
    await tap(page, 'skm-choose-service');
    await tapPaged(page, 'skm-service-kk-ubah');
    await expect.poll(() => page.getByTestId('skm-ikm').textContent(), SLOW).toBe('77,78');
    expect(await page.getByTestId('skm-grade').textContent()).toBe('B');
    await tap(page, 'skm-choose-service');
    await tap(page, 'skm-service-all');
    await expect.poll(() => page.getByTestId('skm-ikm').textContent(), SLOW).toBe('84,26');

    // In English, the same number as English writes it.
    await tap(page, 'lang-en');
    await expect.poll(() => page.getByTestId('skm-ikm').textContent(), SLOW).toBe('84.26');
    expect(await page.getByTestId('skm-band').textContent()).toBe('B Good');

    await tap(page, 'skm-export-csv');
    await expect.poll(() => page.getByTestId('skm-note').textContent(), SLOW).toMatch(/^SKM report saved in /);
    await tap(page, 'skm-export-pdf');
    await expect
      .poll(() => readdirSync(usb).sort(), SLOW)
      .toEqual([`skm-K3A-tahun-${year}.csv`, `skm-K3A-tahun-${year}.pdf`]);
    expect(readFileSync(join(usb, `skm-K3A-tahun-${year}.csv`), 'utf8')).toContain('"Unit IKM (x 25)","84.26"');
    expect(
      readFileSync(join(usb, `skm-K3A-tahun-${year}.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(errorsOn(page)).toEqual([]);
    await page.context().close();
  });

  it('is not offered at an officer’s desk', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await signInWithBadge(page, OFFICER);
    expect(await page.getByTestId('console-skm').count()).toBe(0);
    expect(errorsOn(page)).toEqual([]);
    await page.context().close();
  });
});
