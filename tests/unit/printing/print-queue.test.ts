import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { PrintQueue, type PrintQueueOptions } from '../../../main/printing/print-queue.ts';
import { tcpTransport } from '../../../main/printing/tcp.ts';
import { READY, type PrinterTransport } from '../../../main/printing/transport.ts';
import { unknownStatus } from '../../../main/printing/printer-status.ts';
import { jobStatus, markPrinting, markSent } from '../../../main/store/print-jobs-repo.ts';
import { storedReceipts } from '../../../main/printing/request-receipt.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { encodeReceipt } from '../../../main/printing/escpos.ts';
import { startVirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { freePort } from '../../fixtures/free-port.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';

const kiosk = testKiosk();
const quiet = { warn: () => undefined, info: () => undefined, error: () => undefined };
const cleanup: Array<() => Promise<unknown> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function submit(db: Db, name: string, at = new Date()) {
  return recordRequest(db, miniCatalog, kiosk, miniCatalog.services[0]!, 'id', { nama: name }, at);
}

function queueOn(db: Db, transport: PrinterTransport, options: Partial<PrintQueueOptions> = {}): PrintQueue {
  const queue = new PrintQueue(
    db,
    transport,
    { paper: 80 },
    {
      timeZone: kiosk.timeZone,
      log: quiet,
      receiptFor: storedReceipts(db, { catalog: miniCatalog, kiosk }),
      ...options,
    },
  );
  cleanup.push(() => queue.stop());
  return queue;
}

async function printerAndQueue(options: Partial<PrintQueueOptions> = {}) {
  const printer = await startVirtualPrinter();
  cleanup.push(() => printer.close());
  const db = openDatabase(':memory:', testCipher());
  const queue = queueOn(db, tcpTransport({ host: '127.0.0.1', port: printer.port }), { pollMs: 50, ...options });
  return { printer, db, queue };
}

/** A print_* column of a request's receipt. */
const column = (db: Db, name: string, id: number): unknown =>
  db.prepare(`SELECT print_${name} FROM requests WHERE id = ?`).pluck().get(id);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('print queue', () => {
  it('prints committed jobs in order and marks them done', async () => {
    const { printer, db, queue } = await printerAndQueue();
    queue.start();
    const first = submit(db, 'a');
    const second = submit(db, 'b');
    queue.kick();
    expect(await queue.waitUntilPrinted(second.jobId, 3000)).toBe('printed');
    expect(jobStatus(db, first.jobId)).toBe('done');
    await printer.waitForCuts(2);
    expect(printer.completedReceipts()).toEqual([first.trackingCode, second.trackingCode]);
    // Originals: nothing on them says copy.
    for (const job of printer.jobs()) expect(readEscPos(job).text).not.toMatch(/SALINAN|COPY/);
  });

  it('answers at once whoever does not wait for the receipt, and still prints it', async () => {
    const { printer, db, queue } = await printerAndQueue();
    queue.start();
    const job = submit(db, 'a');
    queue.kick();
    // Before this turn of the event loop ends: no timer stands between a zero wait and its answer.
    const thisTurn = new Promise((resolve) => setImmediate(() => resolve('only after the turn')));
    expect(await Promise.race([queue.waitUntilPrinted(job.jobId, 0), thisTurn])).toBe('pending');
    expect(await queue.waitUntilPrinted(job.jobId, 3000)).toBe('printed');
    await printer.waitForCuts(1);
    expect(printer.completedReceipts()).toEqual([job.trackingCode]);
  });

  it('keeps a job queued while the printer is unreachable and prints it once it answers', async () => {
    const port = await freePort();
    const db = openDatabase(':memory:', testCipher());
    const queue = queueOn(db, tcpTransport({ host: '127.0.0.1', port, connectTimeoutMs: 200 }), { pollMs: 50 });
    queue.start();
    const job = submit(db, 'a');
    queue.kick();
    // Nobody answers: the receipt is still to come, not known to be stopped.
    expect(await queue.waitUntilPrinted(job.jobId, 300)).toBe('pending');
    expect(jobStatus(db, job.jobId)).toBe('queued');
    expect(queue.printer.alerts().map((a) => a.code)).toEqual(['unknown']);

    const printer = await startVirtualPrinter({ port });
    cleanup.push(() => printer.close());
    await printer.waitForCuts(1, 5000);
    await expect.poll(() => jobStatus(db, job.jobId)).toBe('done');
    expect(printer.completedReceipts()).toEqual([job.trackingCode]);
    expect(queue.printer.alerts()).toEqual([]);
  });

  it('sends nothing to a stopped printer, says so to whoever waits at once, and prints when it is ready', async () => {
    const { printer, db, queue } = await printerAndQueue();
    printer.setState({ coverOpen: true });
    queue.start();
    const job = submit(db, 'a');
    queue.kick();
    const started = performance.now();
    expect(await queue.waitUntilPrinted(job.jobId, 3000)).toBe('stopped');
    expect(performance.now() - started).toBeLessThan(500);
    // A citizen who submits while the printer is known to be stopped is not kept waiting either.
    const next = submit(db, 'b');
    queue.kick();
    expect(await queue.waitUntilPrinted(next.jobId, 3000)).toBe('stopped');
    await sleep(200);
    expect(printer.received()).toHaveLength(0);
    expect(jobStatus(db, job.jobId)).toBe('queued');

    printer.setState({ coverOpen: false });
    await printer.waitForCuts(2);
    expect(printer.completedReceipts()).toEqual([job.trackingCode, next.trackingCode]);
  });

  it('lets a printer that stopped during a receipt finish it, and does not send it again', async () => {
    const { printer, db, queue } = await printerAndQueue();
    printer.paperOutAfter(100);
    queue.start();
    const job = submit(db, 'a');
    queue.kick();
    expect(await queue.waitUntilPrinted(job.jobId, 3000)).toBe('stopped');
    expect(printer.received()).toHaveLength(100);
    expect(jobStatus(db, job.jobId)).toBe('printing');
    expect(column(db, 'sent_at', job.jobId)).not.toBeNull();
    expect(queue.printer.alerts().map((a) => a.code)).toContain('paperEnd');

    printer.setState({ paperEnd: false });
    await printer.waitForCuts(1);
    await expect.poll(() => jobStatus(db, job.jobId)).toBe('done');
    await sleep(200);
    expect(printer.received()).toEqual(Buffer.from(encodeReceipt(submittedDocument(db, job.jobId), { paper: 80 })));
    expect(printer.completedReceipts()).toEqual([job.trackingCode]);
  });

  it('prints the whole receipt again, as a copy, when the connection breaks after all of it had left', async () => {
    const { printer, db, queue } = await printerAndQueue();
    printer.dropAfter(150);
    queue.start();
    const job = submit(db, 'a');
    queue.kick();
    // The link broke: whoever waits is told at once that it is still to come, not at their timeout.
    const started = performance.now();
    expect(await queue.waitUntilPrinted(job.jobId, 3000)).toBe('pending');
    expect(performance.now() - started).toBeLessThan(1000);
    await expect.poll(() => jobStatus(db, job.jobId)).toBe('done');
    const [partial, whole] = printer.jobs();
    expect(partial).toHaveLength(150);
    expect(readEscPos(whole!).cuts).toBe(1);
    // The kiosk had handed over every byte, so the printer might have printed the first: say so.
    expect(readEscPos(whole!).text).toContain('*** SALINAN ***');
    expect(readEscPos(whole!).text.replace(/\s+/g, ' ')).toContain('struk sebelumnya mungkin tidak keluar');
    expect(column(db, 'copy', job.jobId)).toBe('uncertain');
    expect(printer.completedReceipts()).toEqual([job.trackingCode]);
    expect(column(db, 'attempts', job.jobId)).toBe(2);
    expect(column(db, 'error', job.jobId)).toMatch(/Printer at 127\.0\.0\.1:\d+ failed while printing/);
  });

  it('prints again, marked as a copy, a job a crash caught between its two delivery marks', async () => {
    const { printer, db, queue } = await printerAndQueue();
    const job = submit(db, 'a');
    markPrinting(db, job.jobId);
    queue.start();
    expect(await queue.waitUntilPrinted(job.jobId, 3000)).toBe('printed');
    await printer.waitForCuts(1);
    expect(printer.completedReceipts()).toEqual([job.trackingCode]);
    expect(readEscPos(printer.jobs()[0]!).text.trim()).toMatch(/^\*\*\* SALINAN \*\*\*/);
  });

  it('sends nothing to a printer that cannot print, so its job never enters the uncertain window', async () => {
    const { printer, db, queue } = await printerAndQueue();
    printer.setState({ offline: true });
    queue.start();
    const job = submit(db, 'a');
    queue.kick();
    await sleep(200);
    // A printer that cannot print gets nothing, so the job never entered the uncertain window.
    expect(column(db, 'status', job.jobId)).toBe('queued');
    expect(column(db, 'attempts', job.jobId)).toBe(0);
    printer.setState({ offline: false });
    await expect.poll(() => column(db, 'status', job.jobId)).toBe('done');
    expect(column(db, 'copy', job.jobId)).toBe(null);
  });

  it('does not print again a job whose bytes were all out when the kiosk crashed', async () => {
    const { printer, db, queue } = await printerAndQueue();
    const job = submit(db, 'a');
    markPrinting(db, job.jobId);
    markSent(db, job.jobId, new Date().toISOString());
    const later = submit(db, 'b');
    queue.start();
    expect(await queue.waitUntilPrinted(later.jobId, 3000)).toBe('printed');
    expect(jobStatus(db, job.jobId)).toBe('done');
    expect(printer.completedReceipts()).toEqual([later.trackingCode]);
  });

  it('fails a job left unprinted from an earlier day, with the reason, and goes on with today', async () => {
    const { printer, db, queue } = await printerAndQueue();
    const yesterday = submit(db, 'a', new Date(Date.now() - 24 * 3600_000));
    db.prepare(`UPDATE requests SET print_error = 'Printer at x cannot be reached' WHERE id = ?`).run(yesterday.jobId);
    const today = submit(db, 'b');
    queue.start();
    expect(await queue.waitUntilPrinted(yesterday.jobId, 3000)).toBe('stopped');
    expect(await queue.waitUntilPrinted(today.jobId, 3000)).toBe('printed');
    expect(jobStatus(db, yesterday.jobId)).toBe('failed');
    expect(column(db, 'error', yesterday.jobId)).toMatch(
      /^not printed on \d{4}-\d\d-\d\d, the day its queue number was for \(last problem: Printer at x cannot be reached\)$/,
    );
    expect(printer.completedReceipts()).toEqual([today.trackingCode]);
  });

  it('asks a printer that does not answer less and less often, up to a cap', async () => {
    const asked: number[] = [];
    const silent: PrinterTransport = {
      kind: 'tcp',
      status: async () => {
        asked.push(performance.now());
        return unknownStatus('no answer');
      },
      write: async () => READY,
      close: async () => undefined,
    };
    const db = openDatabase(':memory:', testCipher());
    const queue = queueOn(db, silent, { pollMs: 20 });
    submit(db, 'a');
    queue.start();
    await sleep(700);
    const gaps = asked.slice(1).map((t, i) => t - asked[i]!);
    // 20, 40, 80, 160, 320 ms: five or six questions in 700 ms instead of 35.
    expect(asked.length).toBeGreaterThanOrEqual(4);
    expect(asked.length).toBeLessThanOrEqual(7);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]! * 1.5);
  });
});

function submittedDocument(db: Db, jobId: number) {
  return storedReceipts(db, { catalog: miniCatalog, kiosk })(jobId);
}
