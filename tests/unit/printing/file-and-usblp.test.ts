import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileTransport } from '../../../main/printing/file.ts';
import { usblpTransport } from '../../../main/printing/usblp.ts';
import { STATUS_QUERY } from '../../../main/printing/printer-status.ts';
import { READY } from '../../../main/printing/transport.ts';
import { recordedMarks } from '../../fixtures/delivery-marks.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serambi-printing-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the preview file transport', () => {
  it('appends every job to the file, creating its folder; a job is printed once appended', async () => {
    const path = join(dir, 'preview', 'receipts.bin');
    const transport = fileTransport(path);
    const { marks, seen } = recordedMarks();
    expect(await transport.write(Uint8Array.of(1, 2, 3), marks)).toEqual(READY);
    await transport.write(Uint8Array.of(4, 5));
    expect([...(await readFile(path))]).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toEqual(['writing', 'written']);
  });

  it('moves a full file aside and starts a new one, so the two never grow past twice the limit', async () => {
    const path = join(dir, 'receipts.bin');
    const transport = fileTransport(path, 1000);
    const receipt = (n: number) => new Uint8Array(300).fill(n);
    for (let n = 1; n <= 10; n++) await transport.write(receipt(n));
    // 300 bytes each: three fit under 1,000, the fourth starts a new file.
    expect([...new Set(await readFile(path))]).toEqual([10]);
    expect([...new Set(await readFile(`${path}.1`))]).toEqual([7, 8, 9]);
    expect((await stat(`${path}.1`)).mode & 0o777).toBe(0o600);
    // A receipt larger than the limit is still written whole.
    await transport.write(new Uint8Array(2500).fill(11));
    expect((await readFile(path)).length).toBe(2500);
    expect([...new Set(await readFile(`${path}.1`))]).toEqual([10]);
  });

  it('writes to a pipe as it is, without moving it aside', async () => {
    const path = join(dir, 'printer.fifo');
    execFileSync('mkfifo', [path]);
    const reader = readFile(path);
    await fileTransport(path, 10).write(new Uint8Array(40).fill(7));
    expect((await reader).length).toBe(40);
    expect((await stat(path)).isFIFO()).toBe(true);
  });

  it('is always ready', async () => {
    expect(await fileTransport(join(dir, 'r.bin')).status()).toMatchObject({
      known: true,
      online: true,
      paperEnd: false,
    });
  });
});

// No USB printer here: a regular file stands in for the device node, which exercises
// opening, writing and the status timeout but not a real printer's replies.
describe('the usblp transport', () => {
  it('writes the job, then a status query, and leaves the job unconfirmed when no answer comes', async () => {
    const device = join(dir, 'lp0');
    await writeFile(device, '');
    const { marks, seen } = recordedMarks();
    await expect(
      usblpTransport({ path: device, statusTimeoutMs: 200 }).write(Uint8Array.of(0x1b, 0x40, 0x41), marks),
    ).rejects.toThrow(
      `Printer at ${device} did not confirm the whole job: the printer did not answer the status query within 200 ms`,
    );
    expect(seen).toEqual(['writing', 'written']);
    expect([...(await readFile(device))]).toEqual([0x1b, 0x40, 0x41, ...STATUS_QUERY]);
  });

  it('fails with the device path when the printer is unplugged, and creates no file there', async () => {
    const device = join(dir, 'lp9');
    await expect(usblpTransport({ path: device }).write(Uint8Array.of(0x41))).rejects.toThrow(
      `Printer at ${device} cannot be opened`,
    );
    await expect(readFile(device)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await usblpTransport({ path: device }).status()).toMatchObject({ known: false, online: false });
  });

  it('reports a device that never answers as unknown within the timeout', async () => {
    const device = join(dir, 'lp0');
    await writeFile(device, '');
    const started = Date.now();
    const status = await usblpTransport({ path: device, statusTimeoutMs: 200 }).status();
    expect(status).toEqual({
      known: false,
      online: false,
      reason: 'the printer did not answer the status query within 200 ms',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
