import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { PrintQueue } from '../../../main/printing/print-queue.ts';
import { tcpTransport } from '../../../main/printing/tcp.ts';
import { jobStatus, setJobStatus } from '../../../main/store/print-jobs-repo.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { startVirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { freePort } from '../../fixtures/free-port.ts';

const kiosk = { prefix: 'K3A', name: 'Kios Uji', timeZone: 'Asia/Jakarta' };
const cleanup: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function submit(db: Db, name: string) {
  return recordRequest(db, miniCatalog, kiosk, miniCatalog.services[0]!, 'id', { nama: name }, new Date());
}

describe('print queue', () => {
  it('prints committed jobs in order and marks them done', async () => {
    const printer = await startVirtualPrinter();
    const db = openDatabase(':memory:');
    const queue = new PrintQueue(db, tcpTransport({ host: '127.0.0.1', port: printer.port }), { paper: 80 });
    cleanup.push(
      () => printer.close(),
      () => queue.stop(),
    );
    queue.start();
    const first = submit(db, 'a');
    const second = submit(db, 'b');
    queue.kick();
    expect(await queue.waitUntilPrinted(second.jobId, 3000)).toBe(true);
    expect(jobStatus(db, first.jobId)).toBe('done');
    await printer.waitForCuts(2);
    const printed = readEscPos(printer.received());
    expect(printed.cuts).toBe(2);
    expect(printed.qrPayloads).toEqual([first.trackingCode, second.trackingCode]);
  });

  it('keeps a job queued while the printer is unreachable and prints it once it answers', async () => {
    const port = await freePort();
    const db = openDatabase(':memory:');
    const queue = new PrintQueue(
      db,
      tcpTransport({ host: '127.0.0.1', port, connectTimeoutMs: 200 }),
      { paper: 80 },
      50,
    );
    cleanup.push(() => queue.stop());
    queue.start();
    const job = submit(db, 'a');
    queue.kick();
    expect(await queue.waitUntilPrinted(job.jobId, 300)).toBe(false);
    expect(jobStatus(db, job.jobId)).toBe('queued');
    expect(db.prepare('SELECT last_error FROM print_jobs WHERE id = ?').pluck().get(job.jobId)).toMatch(
      /cannot be reached/,
    );

    const printer = await startVirtualPrinter({ port });
    cleanup.push(() => printer.close());
    expect(await queue.waitUntilPrinted(job.jobId, 5000)).toBe(true);
    await printer.waitForCuts(1);
    expect(readEscPos(printer.received()).cuts).toBe(1);
  });

  it('takes up a job a crash left half-printed when it starts again', async () => {
    const printer = await startVirtualPrinter();
    const db = openDatabase(':memory:');
    const job = submit(db, 'a');
    setJobStatus(db, job.jobId, 'printing', new Date().toISOString());
    const queue = new PrintQueue(db, tcpTransport({ host: '127.0.0.1', port: printer.port }), { paper: 80 });
    cleanup.push(
      () => printer.close(),
      () => queue.stop(),
    );
    queue.start();
    expect(await queue.waitUntilPrinted(job.jobId, 3000)).toBe(true);
    await printer.waitForCuts(1);
    expect(readEscPos(printer.received()).cuts).toBe(1);
  });
});
