import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Result, SubmitReceipt } from '../../preload/contract.ts';
import { DATABASE_FILE } from '../../main/open-kiosk.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { KK_UBAH } from '../fixtures/submissions.ts';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { tapKeys } from './citizen.ts';

const run = useKioskInBrowser();

async function fileOne(): Promise<SubmitReceipt> {
  const page = await (await fetch(run.kiosk.url)).text();
  const token = /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
  const response = await fetch(new URL('/api/requests.submit', run.kiosk.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
    body: JSON.stringify(KK_UBAH),
  });
  const result = (await response.json()) as Result<SubmitReceipt>;
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('checking a request by its code, from the start screen, with taps only', () => {
  it('catches a mistyped code at once, then shows where the request stands', async () => {
    const receipt = await fileOne();
    const code = receipt.trackingCode.replace(/-/g, '');
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'check-status');
    await page.getByTestId('screen-status').waitFor();

    // One character wrong: refused by the check character as soon as the code is whole.
    const typo = code.slice(0, 6) + (code[6] === '7' ? '8' : '7') + code.slice(7);
    await tapKeys(page, typo);
    expect(await page.getByTestId('status-code').textContent()).toBe(typo.match(/.{4}/g)!.join('-'));
    expect(await page.getByTestId('status-error').textContent()).toMatch(/tidak benar.*setiap hurufnya/);

    for (let i = 0; i < 12; i++) await tap(page, 'key-backspace');
    await tapKeys(page, code);
    await page.getByTestId('request-status').waitFor();
    expect(await page.getByTestId('request-status-code').textContent()).toBe(receipt.trackingCode);
    // Nothing from the agency yet: received, as of when it was made.
    expect(await page.getByTestId('request-status-state').textContent()).toMatch(/[Dd]iterima/);
    expect(await page.getByTestId('request-status-collect').count()).toBe(0);
    await tap(page, 'back');
    await page.getByTestId('screen-attract').waitFor();
    expect(errorsOn(page)).toEqual([]);
  });

  it('says where to collect it and what to bring once it is ready', async () => {
    const receipt = await fileOne();
    const code = receipt.trackingCode.replace(/-/g, '');
    // As the hub's feed would leave it (main/sync): ready for pickup.
    const db = new Database(join(run.kiosk.dataDir, DATABASE_FILE));
    db.prepare(`UPDATE requests SET hub_status = 'ready', hub_status_at = ? WHERE tracking_code = ?`).run(
      new Date().toISOString(),
      code,
    );
    db.close();
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'check-status');
    await tapKeys(page, code);
    const collect = page.getByTestId('request-status-collect');
    await collect.waitFor();
    const kk = loadCatalog().services.find((s) => s.service_code === 'kk-ubah')!;
    expect(await collect.textContent()).toContain(`Loket ${kk.counter}`);
    expect(await collect.textContent()).toContain(kk.standard.requirements[0]!.id);
  });
});
