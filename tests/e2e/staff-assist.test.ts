import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { errorsOn, kioskPage, launchChromium, tap } from './browser.ts';
import { answer, chooseService } from './citizen.ts';
import type { KioskProcess } from './kiosk-process.ts';
import { readEscPos } from '../fixtures/escpos-reader.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../fixtures/virtual-printer.ts';
import { kioskRows, OFFICER, signInWithBadge, startKioskWithStaff } from './staff.ts';

let kiosk: KioskProcess;
/** What a loaded test machine may take for a screen to answer. */
const SLOW = { timeout: 10_000 };

let browser: Browser;
let printer: VirtualPrinter;

beforeAll(async () => {
  printer = await startVirtualPrinter();
  kiosk = await startKioskWithStaff({ KIOSK_PRINTER: printer.url }, OFFICER);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
  await printer?.close();
});

const kkUbah = loadCatalog().services.find((s) => s.service_code === 'kk-ubah')!;
const fields = [...kkUbah.fields].sort((a, b) => a.order - b.order);
const NIK = '3273011708850001';

/** The banner that names the officer, on the screen showing now. */
async function expectBanner(page: Page, screen: string): Promise<void> {
  await page.getByTestId(screen).waitFor();
  expect(await page.getByTestId('assist-banner').textContent(), screen).toBe(`Dibantu oleh Petugas: ${OFFICER.name}`);
}

describe('an officer files a request with a citizen', () => {
  it('names the officer on every screen, leaves the citizen’s own choices working, and records the officer on the request, the receipt and the trail', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await signInWithBadge(page, OFFICER);
    await tap(page, 'staff-assist');
    await expectBanner(page, 'screen-language');
    await tap(page, 'lang-id');
    await expectBanner(page, 'screen-services');
    // The citizen's own display choice still works while assisted.
    await tap(page, 'text-size');
    expect(await page.evaluate(() => document.documentElement.classList.contains('text-large'))).toBe(true);
    await chooseService(page, 'kk-ubah');
    await expectBanner(page, 'screen-standard');
    await tap(page, 'standard-start');
    // The citizen confirms the privacy notice themselves; the officer's name is on it too.
    await expectBanner(page, 'screen-notice');
    await tap(page, 'notice-accept');
    await answer(page, fields[0]!, { type: 'keys', text: NIK }, 0, fields.length);
    await answer(page, fields[1]!, { type: 'choose', keys: ['tambah_lahir'] }, 1, fields.length);
    await answer(page, fields[2]!, { type: 'skip' }, 2, fields.length);
    await expectBanner(page, 'screen-review');
    await tap(page, 'confirm');
    await expectBanner(page, 'screen-result');
    const code = (await page.getByTestId('tracking-code').textContent())!.trim().replaceAll('-', '');

    const by = `${OFFICER.name} (${OFFICER.staffNumber})`;
    await printer.waitForCuts(1, 5000);
    expect(readEscPos(printer.received()).text.replace(/\s+/g, ' ')).toContain(`Dibantu oleh petugas: ${by}`);
    expect(kioskRows(kiosk, 'SELECT assisted_by FROM requests WHERE tracking_code = ?', code)).toEqual([
      { assisted_by: by },
    ]);
    expect(kioskRows(kiosk, `SELECT actor, subject FROM audit_trail WHERE action = 'request.assisted'`)).toEqual([
      { actor: OFFICER.staffNumber, subject: code },
    ]);

    // The visit ends; the officer is back at the desk, and the next citizen's screens name nobody.
    await tap(page, 'finish');
    await page.getByTestId('staff-desk').waitFor();
    await tap(page, 'staff-sign-out');
    await page.getByTestId('screen-attract').waitFor();
    expect(await page.getByTestId('assist-banner').count()).toBe(0);
    expect(errorsOn(page)).toEqual([]);
  });

  it('shows the officer the open calls for staff, and the citizen’s screen says someone is coming once one is attended', async () => {
    const citizen = await kioskPage(browser, kiosk.url);
    await tap(citizen, 'start');
    await tap(citizen, 'lang-id');
    await chooseService(citizen, 'kk-ubah');
    await tap(citizen, 'standard-start');
    await tap(citizen, 'notice-accept');
    await citizen.getByTestId('progress').waitFor();
    await tap(citizen, 'call-staff');
    await expect
      .poll(() => citizen.getByTestId('call-staff-notice').textContent(), SLOW)
      .toContain('Petugas segera datang');
    await tap(citizen, 'call-staff-close');

    const officer = await kioskPage(browser, kiosk.url);
    await signInWithBadge(officer, OFFICER);
    const call = officer.locator('[data-testid^="help-call-"]').filter({ hasText: 'Pertanyaan (nik)' });
    await call.waitFor();
    expect(await call.textContent()).toContain(kkUbah.service_name.id);
    await call.locator('[data-testid^="help-call-attend-"]').tap();

    await expect
      .poll(() => citizen.getByTestId('call-staff-notice').textContent(), { timeout: 5000 })
      .toContain('Petugas sedang menuju ke sini. Mohon tunggu.');
    await expect.poll(() => officer.getByTestId('help-calls-none').count(), SLOW).toBe(1);
  });
});
