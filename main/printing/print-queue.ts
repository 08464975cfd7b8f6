import type { Db } from '../store/open-database.ts';
import {
  failJob,
  jobStatus,
  markDone,
  markPrinting,
  markSent,
  nextQueuedJob,
  requeueJob,
  requeueUnsentJobs,
  sentJob,
  type PrintJob,
} from '../store/print-jobs-repo.ts';
import { queueDay } from '../requests/queue-day.ts';
import { encodeReceipt, type ReceiptLayout } from './escpos.ts';
import { canPrint } from './printer-health.ts';
import { PrinterMonitor, type PrinterFaults } from './printer-monitor.ts';

export type { PrinterFaults } from './printer-monitor.ts';
import type { DeliveryMarks, PrinterStatus, PrinterTransport } from './transport.ts';
import type { ReceiptDocument } from '../../preload/contract.ts';
import { markedAsCopy } from './copy-mark.ts';

/** What the citizen waiting at the result screen is told about their receipt. */
export type ReceiptOutcome = 'printed' | 'stopped' | 'pending';

export interface PrintQueueOptions {
  /** The kiosk's time zone: a job expires with the queue day it was made on. */
  timeZone: string;
  /** The receipt a job prints: its request's, built afresh (see request-receipt.ts). */
  receiptFor(jobId: number): ReceiptDocument;
  now?: () => Date;
  /** How often a stopped printer is asked again; also the first retry delay. */
  pollMs?: number;
  log?: Pick<Console, 'warn' | 'info' | 'error'>;
  /** Told when the printer stops and recovers (see PrinterMonitor). */
  faults?: PrinterFaults;
}

const POLL_MS = 250;
// Asking costs a connection attempt or a status timeout, nothing more; this bounds how long
// a printer that comes back after being off or hung waits for the kiosk to notice.
const MAX_POLL_MS = 1000;
// A receipt that breaks off wastes paper, so a link that keeps breaking is tried less often.
const MAX_RETRY_MS = 30_000;
const IDLE = Infinity;

/**
 * Prints committed jobs one at a time, in the order they were acknowledged, and is the
 * kiosk's one way to the printer. The job rows are the queue, so a restart picks up where
 * the last run stopped.
 *
 * A receipt prints at most once unless staff ask for a reprint, and is never dropped:
 * 1. The printer's status (DLE EOT) is read before each job. A printer that is stopped (paper
 *    end, cover open, offline, error) or does not answer is sent nothing. It is asked again
 *    every POLL_MS, or with a backoff doubling up to MAX_POLL_MS while it does not answer,
 *    so a job starts within that time of the printer coming back.
 * 2. The job is marked 'printing' (synced to disk) just before its first byte leaves, once
 *    the device is open, and sent (sent_at) the moment every byte has left the kiosk. The
 *    two marks sit on either side of the write, so a crash between them is the only way
 *    delivery becomes unknown; `npm run bench` measures that window.
 * 3. A status query follows the job on the same connection; the printer can only answer it
 *    after reading the whole receipt. If the answer shows nothing wrong, the job is done.
 * 4. If it shows the printer stopped (the paper ran out or the cover opened during this
 *    receipt), the printer holds the rest and finishes the receipt when it is ready again,
 *    as ESC/POS printers do. Sending it again would make two, so the job stays 'printing'
 *    until the printer reports ready, and is done then.
 * 5. If the connection breaks, or the printer does not answer in time, it has at most a part
 *    of the receipt and the cut comes at its very end, so no receipt came out: the job goes
 *    back to the queue and prints whole again, after a backoff that doubles with each break
 *    up to MAX_RETRY_MS.
 * 6. After a crash, a job 'printing' but not sent goes back to the queue, as in 5; one that
 *    was sent is handled as in 4, because the operating system delivers bytes that had left
 *    the process when it died.
 * What the kiosk cannot see: a printer switched off while it holds a receipt (4, 6) loses
 * it, and one that stalls past the transport's timeout and then carries on (5) prints it
 * twice. Staff reprint by tracking code for the first; the second costs only paper.
 *
 * Failed: a job still unprinted when its day ends (kiosk time zone) is marked failed with
 * the reason, never deleted: its queue number has expired and the citizen has gone, so
 * printing it the next morning would only confuse. Staff can still reprint it.
 */
export class PrintQueue {
  /** The printer's status and the operator's alerts; every status query goes through it. */
  readonly printer: PrinterMonitor;
  private readonly now: () => Date;
  private readonly pollMs: number;
  private readonly log: Pick<Console, 'warn' | 'info' | 'error'>;
  private loop: Promise<void> | undefined;
  private stopped = false;
  /**
   * While the printer cannot print, whoever waits for a receipt is told so at once: the
   * status it is waiting on (known: the printer said it is stopped; unknown: no answer).
   */
  private waitingFor: PrinterStatus | null = null;
  private unanswered = 0;
  private kicked = false;
  private wake: { idle: boolean; now(): void } | undefined;
  private readonly waiters = new Map<number, Set<(outcome: ReceiptOutcome) => void>>();

  constructor(
    private readonly db: Db,
    private readonly transport: PrinterTransport,
    private readonly layout: ReceiptLayout,
    private readonly options: PrintQueueOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.pollMs = options.pollMs ?? POLL_MS;
    this.log = options.log ?? console;
    this.printer = new PrinterMonitor(transport, this.now, this.log, options.faults);
  }

  start(): void {
    const requeued = requeueUnsentJobs(this.db);
    if (requeued > 0) this.log.warn(`[printing] ${requeued} job(s) stopped before all bytes were out: printing again`);
    this.loop = this.run();
  }

  /** Called after a commit adds a job; a printer that is waited for is not asked sooner. */
  kick(): void {
    this.kicked = true;
    if (this.wake?.idle) this.wake.now();
  }

  /**
   * What became of a job within timeoutMs: printed once the printer confirmed it; stopped as
   * soon as the printer says it cannot print now (paper, cover, offline, error) or the job
   * can no longer print; pending when the printer does not answer, the link broke (it is
   * tried again), or time ran out. Never later than timeoutMs: the citizen is waiting.
   */
  waitUntilPrinted(jobId: number, timeoutMs: number): Promise<ReceiptOutcome> {
    const status = jobStatus(this.db, jobId);
    if (status === 'done') return Promise.resolve('printed');
    if (status === 'failed') return Promise.resolve('stopped');
    if (this.waitingFor) return Promise.resolve(this.waitingFor.known ? 'stopped' : 'pending');
    // Not after a timer: Node makes a zero timeout at least 1 ms and lets the rest of the
    // loop's work (the receipt itself) run first.
    if (timeoutMs <= 0) return Promise.resolve('pending');
    return new Promise((resolve) => {
      const settles = this.waiters.get(jobId) ?? new Set();
      this.waiters.set(jobId, settles);
      const settle = (outcome: ReceiptOutcome): void => {
        clearTimeout(timer);
        settles.delete(settle);
        if (settles.size === 0) this.waiters.delete(jobId);
        resolve(outcome);
      };
      const timer = setTimeout(() => settle('pending'), timeoutMs);
      settles.add(settle);
    });
  }

  /** A page outside the queue (the operator's test print): printed now or not at all. */
  async printNow(bytes: Uint8Array): Promise<boolean> {
    try {
      return canPrint(await this.send(bytes));
    } catch {
      return false;
    }
  }

  /** Lets a job in progress finish (or time out) first, so its row is left in a state that recovers. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.now();
    await this.loop;
    await this.transport.close();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.kicked = false;
      let delay: number;
      try {
        delay = await this.step();
      } catch (error) {
        this.log.error('[printing] the print queue could not take its next step', error);
        delay = MAX_POLL_MS;
      }
      // A job committed while the step found none must not wait for the next kick.
      if (delay === IDLE && this.kicked) continue;
      if (delay > 0 && !this.stopped) await this.sleep(delay);
    }
  }

  /** One move of the queue; resolves with how long to wait before the next. */
  private async step(): Promise<number> {
    const sent = sentJob(this.db);
    if (sent) {
      const status = await this.printer.read();
      if (!canPrint(status)) return this.printerStopped(status);
      this.finish(sent);
      return 0;
    }
    const job = nextQueuedJob(this.db);
    if (!job) return IDLE;
    const day = queueDay(new Date(job.queuedAt), this.options.timeZone);
    if (day < queueDay(this.now(), this.options.timeZone)) {
      const lastProblem = job.lastError ? ` (last problem: ${job.lastError})` : '';
      const reason = `not printed on ${day}, the day its queue number was for${lastProblem}`;
      failJob(this.db, job.id, this.stamp(), reason);
      this.log.warn(`[printing] job ${job.id} failed: ${reason}`);
      this.settle(job.id, 'stopped');
      return 0;
    }
    return this.print(job);
  }

  private async print(job: PrintJob): Promise<number> {
    let status: PrinterStatus;
    try {
      const receipt = this.options.receiptFor(job.id);
      const document = job.copyReason ? markedAsCopy(receipt, job.copyReason) : receipt;
      status = await this.send(encodeReceipt(document, this.layout), {
        writing: () => markPrinting(this.db, job.id),
        written: () => markSent(this.db, job.id, this.stamp()),
      });
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      requeueJob(this.db, job.id, problem);
      this.log.warn(`[printing] job ${job.id} broke off and will print again: ${problem}`);
      // It prints again after a backoff; whoever waits for it is told now, not at their timeout.
      this.settle(job.id, 'pending');
      return Math.min(this.pollMs * 2 ** job.attempts, MAX_RETRY_MS);
    }
    // Not sent to a stopped printer, or sent and then held by one (4 above): wait either way.
    if (!canPrint(status)) return this.printerStopped(status);
    this.finish(job);
    return 0;
  }

  /**
   * Status first, bytes only to a printer that can print, then the status it gave after
   * reading them all; the first status if nothing was sent. Throws if the printer broke off.
   */
  private async send(bytes: Uint8Array, marks?: DeliveryMarks): Promise<PrinterStatus> {
    const before = await this.printer.read();
    if (!canPrint(before)) return before;
    this.waitingFor = null;
    this.unanswered = 0;
    const after = await this.transport.write(bytes, marks);
    this.printer.record(after);
    return after;
  }

  private finish(job: PrintJob): void {
    markDone(this.db, job.id, this.stamp());
    this.waitingFor = null;
    this.settle(job.id, 'printed');
  }

  private printerStopped(status: PrinterStatus): number {
    this.waitingFor = status;
    for (const jobId of [...this.waiters.keys()]) this.settle(jobId, status.known ? 'stopped' : 'pending');
    if (status.known) {
      this.unanswered = 0;
      return this.pollMs;
    }
    return Math.min(this.pollMs * 2 ** this.unanswered++, MAX_POLL_MS);
  }

  private settle(jobId: number, outcome: ReceiptOutcome): void {
    for (const settle of [...(this.waiters.get(jobId) ?? [])]) settle(outcome);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === IDLE ? undefined : setTimeout(() => this.wake?.now(), ms);
      this.wake = {
        idle: ms === IDLE,
        now: () => {
          clearTimeout(timer);
          this.wake = undefined;
          resolve();
        },
      };
    });
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}
