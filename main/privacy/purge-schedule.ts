import type { Catalog } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { purgeExpired, type RetentionReport } from './purge.ts';

const EVERY_MS = 60 * 60 * 1000;

export type PurgeRun = RetentionReport & { ranAt: string };

/**
 * Runs the purge at start and then every hour, and keeps its last report for the operator
 * (devices.status). The hour is far finer than any retention period, and a pass is short.
 */
export class PurgeSchedule {
  private timer: NodeJS.Timeout | undefined;
  private report: PurgeRun | null = null;

  constructor(
    private readonly db: Db,
    private readonly catalog: () => Catalog,
    private readonly now: () => Date,
    private readonly log: Pick<Console, 'error' | 'info'> = console,
  ) {}

  start(): void {
    this.run();
    this.timer = setInterval(() => this.run(), EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Runs a pass now (also after the hub has confirmed requests); the last report if it fails. */
  run(): PurgeRun | null {
    const ranAt = this.now();
    try {
      this.report = { ...purgeExpired(this.db, this.catalog(), ranAt), ranAt: ranAt.toISOString() };
      if (this.report.purged > 0) {
        this.log.info(
          `[privacy] purged the personal data of ${this.report.purged} request(s), complaint(s) and survey suggestion(s)`,
        );
      }
    } catch (error) {
      this.log.error('[privacy] the purge could not run', error);
    }
    return this.report;
  }

  latest(): PurgeRun | null {
    return this.report;
  }
}
