/**
 * The console's complaints and SKM report in Chromium: complaints from a kiosk listed with
 * their LAPOR! stage and deadline (a confidential reporter's name never shown), a stage
 * moved by an agent reaching the kiosk's feed, the CSV for SP4N-LAPOR!, an observer who
 * can read but not move or export; the SKM report's IKM, band and elements for the period,
 * narrowed by service, as CSV and PDF; axe and the message catalogs on each screen in both
 * languages.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startConsoleHub, type ConsoleHub } from './console-hub.ts';
import { checkBothLanguages, checkScreen, consolePage, signIn } from './console-page.ts';

/** Now, as the kiosks write times: in WIB. */
const wibNow = () => new Date(Date.now() + 7 * 3_600_000).toISOString().replace(/\.\d+Z$/, '+07:00');

async function downloaded(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await download.path())!);
}

describe('complaints and the SKM report in the console', () => {
  let hub: ConsoleHub;
  let browser: Browser;
  let confidential: string;
  let anonymous: string;
  beforeAll(async () => {
    hub = await startConsoleHub(2);
    const at = wibNow();
    confidential = hub.kiosk.complain(at);
    anonymous = hub.kiosk.complain(at, {
      type: 'aspiration',
      identity: 'anonymous',
      reporter: null,
      text: 'TAMBAH KURSI TUNGGU',
    });
    // Hand-computed: U4 skipped once; NRR 3.5 everywhere, 3 for U4 -> IKM 86.11, band B.
    hub.kiosk.survey(at, [4, 4, 4, null, 4, 4, 4, 4, 4], {
      profile: { sex: 'female', ageBand: '30to39', education: null, occupation: null },
    });
    hub.kiosk.survey(at, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    await hub.kiosk.push();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('lists complaints with stage and deadline, moves one on to the kiosk, and exports them for SP4N-LAPOR!', async () => {
    const page = await consolePage(browser, hub.url);
    await signIn(page, 'agen.satu');
    await page.getByTestId('nav-complaints').click();
    const rows = page.getByTestId('complaint-rows');
    await rows.waitFor();
    await checkBothLanguages(page, 'complaints');
    expect(await page.getByTestId(`stage-${confidential}`).textContent()).toBe('Diterima');
    await rows.getByText('3 hari kerja lagi').first().waitFor();
    await rows.getByText('Anonim').waitFor();
    expect(await page.content()).not.toContain('PUTRI');

    await page.getByTestId(`move-${confidential}`).click();
    const dialog = page.getByTestId('stage-dialog');
    await checkBothLanguages(page, 'stage dialog', () => page.getByTestId(`move-${confidential}`).click());
    // An answer is the agency's answer to the citizen: it needs the note in both languages.
    await dialog.getByTestId('new-status').selectOption('answered');
    await dialog.getByTestId('status-reason').fill('dijawab dinas');
    await dialog.getByTestId('status-submit').click();
    await dialog.getByText('Tulis pesan dalam kedua bahasa').first().waitFor();
    await checkScreen(page, 'stage dialog refused');
    await dialog.getByTestId('new-status').selectOption('verified');
    await dialog.getByTestId('status-reason').fill('laporan lengkap');
    await dialog.getByTestId('status-submit').click();
    await page.getByTestId('stage-saved').waitFor();
    await expect.poll(() => page.getByTestId(`stage-${confidential}`).textContent()).toBe('Diverifikasi');
    await hub.kiosk.pull();
    expect(hub.kiosk.statuses.get(confidential)).toMatchObject({ status: 'verified' });

    await page.getByTestId('filter-stage').selectOption('verified');
    await expect.poll(() => rows.locator('tbody tr').count()).toBe(1);
    const csv = (await downloaded(page, 'lapor-export')).toString('utf8');
    expect(csv).toContain('Kerahasiaan');
    expect(csv).toContain(confidential);
    expect(csv).not.toContain(anonymous);
    await page.context().close();
  });

  it('lets an observer read complaints but not move or export them', async () => {
    const page = await consolePage(browser, hub.url);
    await signIn(page, 'pemantau');
    await page.getByTestId('nav-complaints').click();
    await page.getByTestId('complaint-rows').waitFor();
    expect(await page.getByTestId(`move-${anonymous}`).count()).toBe(0);
    expect(await page.getByTestId('lapor-export').count()).toBe(0);
    await checkScreen(page, 'complaints as observer');
    await page.context().close();
  });

  it('reports the IKM and band for the quarter, narrows it by service, and downloads CSV and PDF', async () => {
    const page = await consolePage(browser, hub.url);
    await signIn(page, 'agen.satu');
    await page.getByTestId('nav-skm').click();
    await page.getByTestId('skm-elements').waitFor();
    expect(await page.getByTestId('skm-ikm').textContent()).toBe('86,11');
    expect(await page.getByTestId('skm-grade').textContent()).toBe('mutu B (Baik)');
    expect(await page.getByTestId('skm-U4').locator('td').nth(1).textContent()).toBe('1');
    expect(await page.getByTestId('skm-U4').locator('td').nth(2).textContent()).toBe('3,000');
    expect(await page.getByTestId('skm-lowest').locator('li').first().textContent()).toContain('U4');
    expect(await page.getByTestId('skm-respondents').textContent()).toMatch(/^2 responden;/);
    await checkBothLanguages(page, 'skm report');

    const csv = (await downloaded(page, 'skm-csv')).toString('utf8');
    expect(csv).toContain('86.11');
    const pdf = await downloaded(page, 'skm-pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByTestId('skm-service').selectOption('kk-baru');
    await page.getByTestId('skm-empty').waitFor();
    await checkScreen(page, 'skm report, nobody surveyed');
    await page.getByTestId('skm-year').fill('20');
    await page.getByText('Tulis tahun dengan empat angka').waitFor();
    await page.context().close();
  });
});
