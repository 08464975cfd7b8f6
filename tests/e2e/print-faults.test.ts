import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Step } from './citizen.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../fixtures/virtual-printer.ts';
import { errorsOn, kioskPage, launchChromium, tap } from './browser.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';
import { answer } from './citizen.ts';

const service = loadCatalog().services.find((s) => s.service_code === 'kk-ubah')!;
const STEPS: Record<string, Step> = {
  nik: { type: 'keys', text: '3273011708850001' },
  perubahan: { type: 'choose', keys: [service.fields.find((f) => f.code === 'perubahan')!.values![0]!.key] },
  telepon: { type: 'skip' },
};

let printer: VirtualPrinter;
let kiosk: KioskProcess;
let browser: Browser;

beforeAll(async () => {
  printer = await startVirtualPrinter({ state: { paperEnd: true } });
  kiosk = await startKioskProcess({ KIOSK_PRINTER: printer.url });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
  await printer?.close();
});

describe('a citizen files a request while the printer has no paper', () => {
  it('sees the whole ticket and a note to show staff within 3 s; the receipt prints once the paper is back', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await tap(page, 'start');
    await tap(page, 'lang-id');
    await tap(page, `service-${service.service_code}`);
    await tap(page, 'standard-start');
    const fields = [...service.fields].sort((a, b) => a.order - b.order);
    for (const [i, field] of fields.entries()) await answer(page, field, STEPS[field.code]!, i, fields.length);
    await page.getByTestId('screen-review').waitFor();

    const confirmed = performance.now();
    await tap(page, 'confirm');
    await page.getByTestId('printer-note').waitFor({ timeout: 3000 });
    expect(performance.now() - confirmed).toBeLessThan(3000);

    const trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();
    const bareCode = trackingCode.replace(/-/g, '');
    expect(trackingCode).toMatch(/^K3A-[2-9A-X]{5}-[2-9A-X]$/);
    expect(await page.getByTestId('queue-number').textContent()).toMatch(/^[A-Z]-\d{3}$/);
    expect(await page.getByTestId('qr').getAttribute('data-payload')).toBe(bareCode);
    expect(await page.getByTestId('printer-note').textContent()).toMatch(/petugas/);
    expect(printer.received()).toHaveLength(0);

    printer.setState({ paperEnd: false });
    await printer.waitForCuts(1, 3000);
    expect(printer.completedReceipts()).toEqual([bareCode]);
    expect(errorsOn(page)).toEqual([]);
  });
});
