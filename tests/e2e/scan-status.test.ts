import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Result, SubmitReceipt } from '../../preload/contract.ts';
import { kioskPage, launchChromium } from './browser.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';
import { KK_UBAH } from '../fixtures/submissions.ts';
import { PERSON_GAP_MS, scan, typeStamped } from '../fixtures/wedge-scanner.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';

let kiosk: KioskProcess;
let browser: Browser;
let receipt: SubmitReceipt;

beforeAll(async () => {
  kiosk = await startKioskProcess();
  browser = await launchChromium();
  const page = await (await fetch(kiosk.url)).text();
  const token = /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
  const response = await fetch(new URL('/api/requests.submit', kiosk.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
    body: JSON.stringify(KK_UBAH),
  });
  const result = (await response.json()) as Result<SubmitReceipt>;
  if (!result.ok) throw new Error(result.message);
  receipt = result.value;
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
});

describe('a receipt held to a keyboard-wedge scanner on the start screen', () => {
  it('shows that request: service, tracking code, queue number and counter', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await page.getByTestId('screen-attract').waitFor();
    // A scanner types the QR payload (the bare code) in a burst, then Enter.
    await scan(page, receipt.trackingCode.replace(/-/g, ''));
    await page.getByTestId('request-status').waitFor({ timeout: 5000 });
    expect(await page.getByTestId('request-status-code').textContent()).toBe(receipt.trackingCode);
    expect(await page.getByTestId('request-status-queue').textContent()).toContain(receipt.queueNumber);
    expect(await page.getByTestId('request-status').textContent()).toContain(
      loadCatalog().services.find((s) => s.service_code === KK_UBAH.serviceCode)!.service_name.id,
    );
    await page.getByTestId('request-status-close').tap();
    expect(await page.getByTestId('request-status').count()).toBe(0);
    expect(await page.getByTestId('screen-attract').isVisible()).toBe(true);
  });

  it('says plainly when the code is not a tracking code of this kiosk, and a person typing is not a scan', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await page.getByTestId('screen-attract').waitFor();
    const code = receipt.trackingCode.replace(/-/g, '');
    const wrong = code.slice(0, -1) + (code.endsWith('2') ? '3' : '2');
    await scan(page, wrong);
    await page.getByTestId('request-status').waitFor({ timeout: 5000 });
    expect(await page.getByTestId('request-status').textContent()).toMatch(/Kode lacak ini tidak benar/);
    await page.getByTestId('request-status-close').tap();

    await typeStamped(page, code, PERSON_GAP_MS);
    await page.waitForTimeout(500);
    expect(await page.getByTestId('request-status').count()).toBe(0);
  });
});
