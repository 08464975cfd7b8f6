import type { PrinterHealth } from '../../preload/contract.ts';
import { conditionsOf, detailOf } from './printer-health.ts';
import type { PrinterStatus, PrinterTransport } from './transport.ts';

export interface PrinterReading {
  status: PrinterStatus;
  checkedAt: string;
}

export interface PrinterAlert {
  code: PrinterHealth;
  since: string;
}

/** Told when a condition begins and when it ends: the operator's statistics count printer stops. */
export interface PrinterFaults {
  raised(code: PrinterHealth, at: string): void;
  cleared(code: PrinterHealth, at: string): void;
}

/**
 * The printer's last known status and the conditions an operator must act on, each with
 * the time it was first seen. Every status reading the kiosk takes (before and after each
 * job, while waiting for a stopped printer, for the operator screen) passes through here,
 * so an alert is raised by the first reading that shows it and stays until one shows it
 * gone. Kept in memory: after a restart the first reading raises what is still true.
 */
export class PrinterMonitor {
  private last: PrinterReading | undefined;
  private reading: Promise<PrinterStatus> | undefined;
  private readonly since = new Map<PrinterHealth, string>();

  constructor(
    private readonly transport: PrinterTransport,
    private readonly now: () => Date,
    private readonly log: Pick<Console, 'warn' | 'info'> = console,
    private readonly faults?: PrinterFaults,
  ) {}

  /** Asks the printer now; callers that ask while a query is out share its answer. */
  read(): Promise<PrinterStatus> {
    this.reading ??= this.transport
      .status()
      .then((status) => {
        this.record(status);
        return status;
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }

  /** The last reading if it is younger than maxAgeMs, otherwise a new one. */
  async recent(maxAgeMs: number): Promise<PrinterReading> {
    const last = this.last;
    if (last && this.now().getTime() - Date.parse(last.checkedAt) <= maxAgeMs) return last;
    await this.read();
    return this.last!;
  }

  /** A status the printer gave some other way: the answer that follows a job. */
  record(status: PrinterStatus): void {
    const at = this.now().toISOString();
    this.last = { status, checkedAt: at };
    const current = new Set(conditionsOf(status));
    const detail = detailOf(status);
    for (const code of current) {
      if (this.since.has(code)) continue;
      this.since.set(code, at);
      this.log.warn(`[printer] ${code}${detail ? `: ${detail}` : ''}`);
      this.faults?.raised(code, at);
    }
    for (const code of [...this.since.keys()]) {
      if (current.has(code)) continue;
      this.since.delete(code);
      this.log.info(`[printer] ${code} cleared`);
      this.faults?.cleared(code, at);
    }
  }

  /** Newest first (paper near end is raised before paper end); one reading's conditions worst first. */
  alerts(): PrinterAlert[] {
    return [...this.since]
      .map(([code, since]) => ({ code, since }))
      .sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
  }
}
