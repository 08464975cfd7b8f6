/**
 * Two whole requests typed on the kiosk's own keys only (taps; no page.keyboard, no fill),
 * one in each language, switching language in the middle without losing an answer; and a
 * physical keyboard or keyboard-wedge scanner still working when one is attached.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { outcomeOfNext, progress, tapKeys, beginService } from './citizen.ts';
import { storedRequest } from './kiosk-data.ts';

const catalog = loadCatalog();
const firstChoice = (service: string, field: string) =>
  catalog.services.find((s) => s.service_code === service)!.fields.find((f) => f.code === field)!.values![0]!.key;

const run = useKioskInBrowser();

/** Taps Next and checks the kiosk accepted the answer. */
async function next(page: Page): Promise<void> {
  const [step] = await progress(page);
  await tap(page, 'next');
  expect(await outcomeOfNext(page, step)).toBe('moved');
}

async function switchTo(page: Page, language: 'id' | 'en'): Promise<void> {
  await tap(page, `lang-${language}`);
  await page.locator(`html[lang="${language}"]`).waitFor();
}

const answerShown = (page: Page) => page.getByTestId('answer-value').textContent();

/** Sends the request from review and returns the answers the database stored for it. */
async function submitAndRead(page: Page): Promise<{ language: string; answers: Record<string, unknown> }> {
  await tap(page, 'confirm');
  await page.getByTestId('screen-result').waitFor();
  const code = (await page.getByTestId('tracking-code').textContent())!.replace(/-/g, '').trim();
  const { row, answers } = await storedRequest(run.kiosk, code);
  await tap(page, 'finish');
  await page.getByTestId('screen-attract').waitFor();
  return { language: row.language as string, answers };
}

describe('on-screen keys only', () => {
  it('files a building consultation in Indonesian, switching to English and back half-way through a word', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', 'pbg-konsultasi');

    await tapKeys(page, '6471052303790003');
    await next(page);
    await tapKeys(page, "ANDI MA'R");
    await switchTo(page, 'en');
    expect(await progress(page)).toEqual([2, 7]);
    expect(await answerShown(page)).toBe("ANDI MA'R");
    await tapKeys(page, 'UF');
    await switchTo(page, 'id');
    expect(await answerShown(page)).toBe("ANDI MA'RUF");
    await next(page);
    await tap(page, `choice-${firstChoice('pbg-konsultasi', 'fungsi_bangunan')}`);
    await next(page);
    await tapKeys(page, '120,5');
    await next(page);
    await tapKeys(page, '2');
    await next(page);
    await tapKeys(page, 'JL. MERDEKA NO. 5-A, RT 02/RW 03');
    await next(page);
    await tap(page, 'consent-yes');
    await tapKeys(page, '085712345678');
    await next(page);

    await page.getByTestId('screen-review').waitFor();
    const stored = await submitAndRead(page);
    expect(stored).toEqual({
      language: 'id',
      answers: {
        nik: '6471052303790003',
        nama_lengkap: "ANDI MA'RUF",
        fungsi_bangunan: firstChoice('pbg-konsultasi', 'fungsi_bangunan'),
        luas_bangunan: '120.5', // typed with the keypad's decimal comma, stored as a number
        jumlah_lantai: '2',
        lokasi: 'JL. MERDEKA NO. 5-A, RT 02/RW 03',
        telepon: '+6285712345678',
      },
    });
    expect(errorsOn(page)).toEqual([]);
  });

  it('reports a loss in English, switching to Indonesian with a date and time half picked', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'en', 'kehilangan');

    await tapKeys(page, '3273011708850001');
    await next(page);
    await tapKeys(page, 'SITI AMINAH');
    await next(page);
    await tapKeys(page, 'A BROWN WALLET WITH MY ID CARD, DRIVING LICENCE AND RP 50.000.');
    await next(page);

    // Half a date: decade and year picked, then the language changes; the picker keeps its place.
    await tap(page, 'decade-2020');
    await tap(page, 'year-2026');
    await switchTo(page, 'id');
    expect(await page.getByTestId('date-step-year').textContent()).toBe('2026');
    await tap(page, 'month-1');
    await tap(page, 'day-5');
    await tap(page, 'hour-19');
    await tap(page, 'minute-30');
    expect(await answerShown(page)).toBe('5 Januari 2026 pukul 19.30');
    await switchTo(page, 'en');
    expect(await answerShown(page)).toBe('5 January 2026 at 19:30');
    await next(page);
    await tapKeys(page, 'PASAR BARU, JL. MELATI 12');
    await next(page);
    await tap(page, 'consent-yes');
    await tapKeys(page, '081234567890');
    await next(page);

    await page.getByTestId('screen-review').waitFor();
    const stored = await submitAndRead(page);
    expect(stored).toEqual({
      language: 'en',
      answers: {
        nik: '3273011708850001',
        nama_lengkap: 'SITI AMINAH',
        barang_hilang: 'A BROWN WALLET WITH MY ID CARD, DRIVING LICENCE AND RP 50.000.',
        waktu_hilang: '2026-01-05T19:30',
        tempat_hilang: 'PASAR BARU, JL. MELATI 12',
        telepon: '+6281234567890',
      },
    });
    expect(errorsOn(page)).toEqual([]);
  });
});

describe('alongside a physical keyboard', () => {
  it('takes a NIK typed at scanner speed, capitals from lower-case keys, and Enter as Next', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', 'skck-pengantar');
    await page.keyboard.type('3273011708850001', { delay: 0 });
    expect(await answerShown(page)).toBe('3273011708850001');
    await page.keyboard.press('Enter');
    expect(await outcomeOfNext(page, 1)).toBe('moved');
    await page.keyboard.type('siti aminah');
    expect(await answerShown(page)).toBe('SITI AMINAH');
    await page.keyboard.press('Backspace');
    expect(await answerShown(page)).toBe('SITI AMINA');
  });
});
