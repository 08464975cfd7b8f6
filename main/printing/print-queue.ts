import type { Db } from '../store/open-database.ts';
import { jobStatus, nextQueuedJob, requeueInterruptedJobs, setJobStatus } from '../store/print-jobs-repo.ts';
import { encodeReceipt, type ReceiptLayout } from './escpos.ts';
import type { PrinterTransport } from './transport.ts';

const MAX_BACKOFF_MS = 30_000;

/**
 * Prints committed jobs one at a time, in the order they were acknowledged. The job rows
 * are the queue, so a restart picks up where the last run stopped.
 */
export class PrintQueue {
  private draining = false;
  private again = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly waiters = new Map<number, Set<() => void>>();

  constructor(
    private readonly db: Db,
    private readonly transport: PrinterTransport,
    private readonly layout: ReceiptLayout,
    private readonly retryBaseMs = 500,
  ) {}

  start(): void {
    requeueInterruptedJobs(this.db, new Date().toISOString());
    this.kick();
  }

  /** Called after a commit adds a job; safe to call while a drain is running. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    void this.drain();
  }

  /** Resolves true once the job's bytes reached the printer, false if that takes longer than timeoutMs. */
  waitUntilPrinted(jobId: number, timeoutMs: number): Promise<boolean> {
    if (jobStatus(this.db, jobId) === 'done') return Promise.resolve(true);
    return new Promise((resolve) => {
      const set = this.waiters.get(jobId) ?? new Set();
      this.waiters.set(jobId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        resolve(true);
      };
      const timer = setTimeout(() => {
        set.delete(done);
        resolve(false);
      }, timeoutMs);
      set.add(done);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.transport.close();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      do {
        this.again = false;
        for (let job = nextQueuedJob(this.db); job && !this.stopped; job = nextQueuedJob(this.db)) {
          setJobStatus(this.db, job.id, 'printing', new Date().toISOString());
          try {
            await this.transport.write(encodeReceipt(job.document, this.layout));
          } catch (error) {
            setJobStatus(this.db, job.id, 'queued', new Date().toISOString(), String(error));
            this.scheduleRetry(job.attempts + 1);
            return;
          }
          setJobStatus(this.db, job.id, 'done', new Date().toISOString());
          for (const notify of [...(this.waiters.get(job.id) ?? [])]) notify();
          this.waiters.delete(job.id);
        }
      } while (this.again && !this.stopped);
    } finally {
      this.draining = false;
    }
  }

  private scheduleRetry(attempts: number): void {
    clearTimeout(this.retryTimer);
    const delay = Math.min(this.retryBaseMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    this.retryTimer = setTimeout(() => this.kick(), delay);
  }
}
