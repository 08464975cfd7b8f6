import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, SubmitReceipt } from '../../preload/contract.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { submission } from '../fixtures/submissions.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';

const catalog = loadCatalog();
const pbg = catalog.services.find((s) => s.service_code === 'pbg-konsultasi')!;
const fungsi = pbg.fields.find((f) => f.code === 'fungsi_bangunan')!.values![0]!.key;

// Five citizens, each with a NIK, a name, an address and a phone number of their own.
const CITIZENS = [1, 2, 3, 4, 5].map((n) => ({
  nik: `647105230379000${n}`,
  nama_lengkap: `WARGA UJI NOMOR ${n} SUKAMAJU`,
  lokasi: `JALAN MAWAR NOMOR ${n}${n}${n}, RT 0${n}`,
  telepon: `08123456789${n}`,
}));
const SECRETS = CITIZENS.flatMap((c) => [c.nik, c.nama_lengkap, c.lokasi, c.telepon, `+62${c.telepon.slice(1)}`]);

let kiosk: KioskProcess;

async function submit(citizen: (typeof CITIZENS)[number]): Promise<void> {
  const page = await (await fetch(kiosk.url)).text();
  const token = /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
  const answers = { ...citizen, fungsi_bangunan: fungsi, luas_bangunan: '120', jumlah_lantai: '2' };
  const response = await fetch(new URL('/api/requests.submit', kiosk.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
    body: JSON.stringify(submission(pbg, answers, { telepon: true })),
  });
  const result = (await response.json()) as Result<SubmitReceipt>;
  if (!result.ok) throw new Error(result.message);
}

/** Every file in the data folder, as bytes, by name. */
function dataFolder(): Map<string, Buffer> {
  return new Map(readdirSync(kiosk.dataDir).map((name) => [name, readFileSync(join(kiosk.dataDir, name))]));
}

function leaks(files: Map<string, Buffer>): string[] {
  const found: string[] = [];
  for (const [name, bytes] of files) {
    for (const secret of SECRETS) if (bytes.includes(secret)) found.push(`${secret} in ${name}`);
  }
  return found;
}

beforeAll(async () => {
  kiosk = await startKioskProcess();
  for (const citizen of CITIZENS) await submit(citizen);
});
afterAll(() => kiosk?.stop());

describe('personal data at rest (UU PDP)', () => {
  it('leaves no NIK, name, address or phone number readable in the database, its WAL, its shared memory or the receipts', () => {
    const files = dataFolder();
    expect([...files.keys()]).toEqual(expect.arrayContaining(['serambi.sqlite', 'serambi.sqlite-wal', 'receipts.bin']));
    // The receipts did print (their preview file holds them), with the NIK masked.
    expect(files.get('receipts.bin')!.includes('************0001')).toBe(true);
    expect(leaks(files)).toEqual([]);
  });

  it('keeps the data folder to the kiosk user: folder 0700, files 0600', () => {
    expect(statSync(kiosk.dataDir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(kiosk.dataDir)) {
      expect(statSync(join(kiosk.dataDir, name)).mode & 0o777, name).toBe(0o600);
    }
  });

  it('writes none of it to its log, and none of it is left once the kiosk has stopped', async () => {
    await kiosk.stop();
    const log = Buffer.from(kiosk.output());
    expect(leaks(new Map([['log', log]]))).toEqual([]);
    expect(leaks(dataFolder())).toEqual([]);
  });
});
