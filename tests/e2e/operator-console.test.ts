import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, SubmitReceipt } from '../../preload/contract.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { errorsOn, kioskPage, launchChromium, tap } from './browser.ts';
import { chooseService, tapKeys } from './citizen.ts';
import type { KioskProcess } from './kiosk-process.ts';
import { readEscPos } from '../fixtures/escpos-reader.ts';
import { freePort } from '../fixtures/free-port.ts';
import { KK_UBAH } from '../fixtures/submissions.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../fixtures/virtual-printer.ts';
import { kioskRows, OPERATOR, signInWithBadge, startKioskWithStaff } from './staff.ts';

/** What a loaded test machine may take for a screen to answer. */
const SLOW = { timeout: 10_000 };

let browser: Browser;
const printers: VirtualPrinter[] = [];
const kiosks: KioskProcess[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const k of kiosks) await k.stop();
  for (const p of printers) await p.close();
});

async function printer(): Promise<VirtualPrinter> {
  const started = await startVirtualPrinter();
  printers.push(started);
  return started;
}

async function kioskWith(env: Record<string, string>): Promise<KioskProcess> {
  const started = await startKioskWithStaff(env, OPERATOR);
  kiosks.push(started);
  return started;
}

/** What the kiosk page would send for a citizen's finished request: the way in for tests about staff, not citizens. */
async function submitted(kiosk: KioskProcess, input: unknown = KK_UBAH): Promise<Result<SubmitReceipt>> {
  const page = await (await fetch(kiosk.url)).text();
  const token = /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
  const response = await fetch(new URL('/api/requests.submit', kiosk.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Result<SubmitReceipt>;
}

async function openSection(page: Page, section: string): Promise<void> {
  if (await page.getByTestId('console-back').isVisible()) await tap(page, 'console-back');
  await tap(page, `console-${section}`);
}

async function erase(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await tap(page, 'key-backspace');
}

describe('the operator console', () => {
  it('reprints a receipt by its tracking code, as a copy, and shows the reprint in the audit trail', async () => {
    const paper = await printer();
    const kiosk = await kioskWith({ KIOSK_PRINTER: paper.url });
    const filed = await submitted(kiosk);
    if (!filed.ok) throw new Error(filed.message);
    await paper.waitForCuts(1, 5000);

    const page = await kioskPage(browser, kiosk.url);
    await signInWithBadge(page, OPERATOR);
    await openSection(page, 'devices');
    await expect.poll(() => page.getByTestId('printer-health').textContent(), SLOW).toBe('Printer siap mencetak');
    await tapKeys(page, filed.value.trackingCode.replaceAll('-', ''));
    await tap(page, 'reprint');
    await expect.poll(() => page.getByTestId('devices-note').textContent(), SLOW).toContain('dikirim ke printer');
    await paper.waitForCuts(2, 5000);
    expect(paper.completedOriginals()).toHaveLength(1);
    expect(readEscPos(paper.jobs().at(-1)!).text).toContain('SALINAN');

    await openSection(page, 'audit');
    await expect.poll(() => page.getByTestId('audit-verdict').textContent(), SLOW).toMatch(/^Jejak audit utuh/);
    const entry = page.getByTestId('audit-printing.reprint');
    expect(await entry.textContent()).toContain('Struk dicetak ulang');
    expect(await entry.textContent()).toContain(OPERATOR.name);
    expect(await entry.textContent()).toContain(filed.value.trackingCode.replaceAll('-', ''));
    expect(errorsOn(page)).toEqual([]);
  });

  it('keeps the old printer when a new one does not answer, and applies a new printer, name, idle time and announcement at once', async () => {
    const paper = await printer();
    const kiosk = await kioskWith({ KIOSK_NAME: '' });
    const page = await kioskPage(browser, kiosk.url);
    await signInWithBadge(page, OPERATOR);
    await openSection(page, 'settings');

    const dead = await freePort();
    await tap(page, 'printer-network');
    await tap(page, 'printer-host');
    await tapKeys(page, '127.0.0.1');
    await tap(page, 'printer-port');
    await erase(page, 4);
    await tapKeys(page, String(dead));
    await tap(page, 'settings-save');
    await expect
      .poll(() => page.getByTestId('settings-note').textContent())
      .toBe(
        `Printer di 127.0.0.1:${dead} tidak mencetak halaman uji (Printer tidak menjawab). Pengaturan lama tetap dipakai.`,
      );
    await openSection(page, 'settings');
    await expect.poll(() => page.getByTestId('printer-none').getAttribute('aria-pressed'), SLOW).toBe('true');

    await tap(page, 'printer-network');
    await tap(page, 'printer-host');
    await tapKeys(page, '127.0.0.1');
    await tap(page, 'printer-port');
    await erase(page, 4);
    await tapKeys(page, String(paper.port));
    await tap(page, 'settings-kiosk-name');
    await erase(page, 'Serambi K3A'.length);
    await tapKeys(page, 'KIOS LOBI TIMUR');
    for (let i = 0; i < 3; i++) await tap(page, 'idle-answer-more');
    await tap(page, 'announcement-add');
    await tapKeys(page, 'LOKET TUTUP PUKUL 15.00');
    await tap(page, 'announcement-0-en');
    await tapKeys(page, 'COUNTERS CLOSE AT 3 PM');
    await tap(page, 'settings-save');
    await expect
      .poll(() => page.getByTestId('settings-note').textContent())
      .toBe('Pengaturan disimpan dan langsung berlaku.');
    await paper.waitForCuts(1, 5000);
    expect(readEscPos(paper.jobs()[0]!).text).toContain('Cetak uji');

    // No restart: the start screen's announcement, the idle time a citizen is told, and the next receipt.
    await tap(page, 'staff-sign-out');
    await expect
      .poll(() => page.getByTestId('screen-attract').textContent(), SLOW)
      .toContain('LOKET TUTUP PUKUL 15.00');
    await tap(page, 'start');
    await tap(page, 'lang-id');
    await chooseService(page, 'kk-ubah');
    expect(await page.getByTestId('screen-standard').textContent()).toContain('selama 90 detik');
    const filed = await submitted(kiosk);
    if (!filed.ok) throw new Error(filed.message);
    await paper.waitForCuts(2, 5000);
    expect(readEscPos(paper.jobs().at(-1)!).text).toContain('KIOS LOBI TIMUR');
    const [changed] = kioskRows<{ detail: string }>(
      kiosk,
      `SELECT detail FROM audit_trail WHERE action = 'settings.changed'`,
    );
    expect(Object.keys(JSON.parse(changed!.detail)).sort()).toEqual(['announcements', 'idle', 'kioskName', 'printer']);
  });

  it('runs training with the band on every screen, example citizens, marked receipts and TRN codes, nothing for the hub, and a wipe', async () => {
    const paper = await printer();
    const usb = tempDir('usb');
    const kiosk = await kioskWith({ KIOSK_PRINTER: paper.url, KIOSK_USB_DIR: usb });
    const page = await kioskPage(browser, kiosk.url);
    await signInWithBadge(page, OPERATOR);
    await openSection(page, 'training');
    await tap(page, 'training-toggle');
    await expect.poll(() => page.getByTestId('training-band').textContent(), SLOW).toBe('PELATIHANTRAINING');
    await tap(page, 'staff-sign-out');

    // A trainee files with an example citizen, filled in with one tap.
    await page.getByTestId('training-band').waitFor();
    await tap(page, 'start');
    await tap(page, 'lang-id');
    await chooseService(page, 'kk-ubah');
    await tap(page, 'standard-start');
    await tap(page, 'notice-accept');
    await page.getByTestId('progress').waitFor();
    await tap(page, 'example-citizen');
    await tap(page, 'example-citizen-0');
    expect(await page.getByTestId('training-band').isVisible()).toBe(true);
    for (let i = 0; i < 3; i++) {
      await tap(page, 'next');
      await page.waitForTimeout(300);
    }
    await page.getByTestId('screen-review').waitFor();
    expect(await page.getByTestId('review-nik').textContent()).toContain('0001');
    await tap(page, 'confirm');
    await page.getByTestId('screen-result').waitFor();
    expect(await page.getByTestId('training-band').isVisible()).toBe(true);
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    expect(code).toMatch(/^TRN/);
    await paper.waitForCuts(1, 5000);
    const printed = readEscPos(paper.jobs().at(-1)!);
    expect(printed.text).toContain('PELATIHAN / TRAINING');
    expect(printed.lines.filter((l) => l.text.includes('PELATIHAN / TRAINING')).every((l) => l.height >= 2)).toBe(true);
    // Nothing of it is in the kiosk's own database, nor among the events for the hub.
    expect(kioskRows(kiosk, 'SELECT count(*) AS n FROM requests')).toEqual([{ n: 0 }]);
    expect(kioskRows(kiosk, `SELECT count(*) AS n FROM outbox WHERE kind <> 'audit.recorded'`)).toEqual([{ n: 0 }]);
    await tap(page, 'finish');

    await signInWithBadge(page, OPERATOR);
    await openSection(page, 'training');
    await tap(page, 'training-wipe');
    await tap(page, 'training-wipe-confirm');
    await expect.poll(() => page.getByTestId('training-note').textContent(), SLOW).toBe('Data pelatihan dihapus.');
    await tap(page, 'training-toggle');
    await tap(page, 'staff-sign-out');
    await page.getByTestId('screen-attract').waitFor();
    await expect.poll(() => page.getByTestId('training-band').count(), SLOW).toBe(0);
    // The wiped training request is gone; real requests carry the kiosk's own prefix again.
    const real = await submitted(kiosk);
    expect(real.ok && real.value.trackingCode).toMatch(/^K3A/);
    expect(readdirSync(usb)).toEqual([]);
    expect(readFileSync(join(kiosk.dataDir, 'serambi.sqlite')).includes(Buffer.from(code.replaceAll('-', '')))).toBe(
      false,
    );
  });

  it('draws the statistics of the chosen period and saves them as CSV to the USB drive', async () => {
    const usb = tempDir('usb');
    const kiosk = await kioskWith({ KIOSK_USB_DIR: usb });
    for (let i = 0; i < 3; i++) await submitted(kiosk);
    const page = await kioskPage(browser, kiosk.url);
    await signInWithBadge(page, OPERATOR);
    await openSection(page, 'stats');
    await tap(page, 'period-7');
    const name = loadCatalog().services.find((s) => s.service_code === KK_UBAH.serviceCode)!.service_name.id;
    await expect.poll(() => page.getByTestId('chart-services').textContent(), SLOW).toContain(name);
    expect(await page.getByTestId('chart-services-total-0').textContent()).toBe('3');
    await tap(page, 'stats-export');
    await expect.poll(() => page.getByTestId('stats-note').textContent(), SLOW).toMatch(/^Statistik disimpan di /);
    const [file] = readdirSync(usb);
    expect(readFileSync(join(usb, file!), 'utf8')).toContain(`,requests,kk-ubah,${name},A,3`);
    expect(errorsOn(page)).toEqual([]);
  });
});
