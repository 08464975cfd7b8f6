import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Result, SubmitReceipt } from '../../preload/contract.ts';
import { DATABASE_FILE } from '../../main/open-kiosk.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../fixtures/virtual-printer.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import { KK_UBAH } from '../fixtures/submissions.ts';

async function tokenOf(kiosk: KioskProcess): Promise<string> {
  const page = await (await fetch(kiosk.url)).text();
  return /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
}

async function submit(kiosk: KioskProcess, token: string): Promise<Result<SubmitReceipt>> {
  const response = await fetch(new URL('/api/requests.submit', kiosk.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
    body: JSON.stringify(KK_UBAH),
  });
  return (await response.json()) as Result<SubmitReceipt>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const counts = (codes: string[]) => codes.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());

let printer: VirtualPrinter | undefined;
let kiosk: KioskProcess | undefined;
afterAll(async () => {
  await kiosk?.stop();
  await printer?.close();
});

describe('a kiosk killed while receipts are queued and printing', () => {
  it('prints a receipt for every acknowledged request after it restarts, and never two originals', async () => {
    // A slow printer (1 KB/s, about 0.9 s a receipt), so that the kill finds jobs in every state.
    printer = await startVirtualPrinter({ state: { bytesPerSecond: 1000 } });
    const dataDir = tempDir('crash');
    const env = { KIOSK_PRINTER: printer.url, KIOSK_DATA_DIR: dataDir };
    kiosk = await startKioskProcess(env);
    const token = await tokenOf(kiosk);

    const answered = await Promise.all(Array.from({ length: 6 }, () => submit(kiosk!, token)));
    const acknowledged = answered.map((result) => {
      if (!result.ok) throw new Error(result.message);
      return result.value.trackingCode.replace(/-/g, '');
    });
    // Two more are on their way when the kiosk dies: whatever became of them, no original may print twice.
    const unanswered = [submit(kiosk, token), submit(kiosk, token)].map((p) => p.catch(() => undefined));

    // Kill in the middle of a receipt, with others still queued behind it.
    while (!printer.jobs().at(-1) || printer.cutTimes().length === printer.jobs().length) await sleep(5);
    await kiosk.kill();
    await Promise.all(unanswered);
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const left = db.prepare(`SELECT print_status AS status, count(*) AS n FROM requests GROUP BY print_status`).all();
    db.close();
    expect(left).toEqual(
      expect.arrayContaining([
        { status: 'printing', n: 1 },
        { status: 'queued', n: expect.any(Number) },
      ]),
    );

    kiosk = await startKioskProcess(env);
    await expect
      .poll(() => acknowledged.filter((code) => printer!.completedReceipts().includes(code)).length, {
        timeout: 20_000,
        interval: 100,
      })
      .toBe(acknowledged.length);
    await sleep(2500); // room for a duplicate to come out, if the kiosk were to print one
    // The receipt the kill interrupted may come out again, but then marked as a copy.
    const printed = counts(printer.completedReceipts());
    const originals = counts(printer.completedOriginals());
    for (const code of acknowledged) expect(originals.get(code) ?? 0, code).toBeLessThanOrEqual(1);
    expect([...originals.values()].every((n) => n === 1)).toBe(true);
    expect([...printed.values()].every((n) => n <= 2)).toBe(true);
  });
});
