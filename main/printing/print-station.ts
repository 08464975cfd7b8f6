/**
 * The kiosk's printer as it is now: its configuration, its transport and the queue that
 * feeds it. Both can change while the kiosk runs (an operator sets another printer, or
 * switches to training, whose receipts come from the training database), so everything
 * reads them from here at the moment it needs them.
 */
import type { Db } from '../store/open-database.ts';
import type { PrinterHealth, ReceiptDocument } from '../../preload/contract.ts';
import { encodeReceipt } from './escpos.ts';
import { canPrint, healthOf } from './printer-health.ts';
import { openTransport, type PrinterConfig } from './printer-url.ts';
import { PrintQueue, type PrinterFaults } from './print-queue.ts';
import type { PrinterTransport } from './transport.ts';

/** Where jobs come from: a database of requests and how each one's receipt is built. */
export interface JobSource {
  db: Db;
  receiptFor(jobId: number): ReceiptDocument;
}

export interface StationOptions {
  timeZone: string;
  faults: PrinterFaults;
}

export class PrintStation {
  private current: { config: PrinterConfig; transport: PrinterTransport; queue: PrintQueue };

  constructor(
    config: PrinterConfig,
    private source: JobSource,
    private readonly options: StationOptions,
  ) {
    this.current = this.open(config);
  }

  get config(): PrinterConfig {
    return this.current.config;
  }

  get transport(): PrinterTransport {
    return this.current.transport;
  }

  get queue(): PrintQueue {
    return this.current.queue;
  }

  /**
   * Prints `document` on the printer `config` names without touching the current one: the
   * test page an operator prints before a new printer is kept. Resolves with the printer's
   * health when it could not print ('unknown': it did not answer), or null when it printed.
   */
  static async tryPrinter(config: PrinterConfig, document: ReceiptDocument): Promise<PrinterHealth | null> {
    const transport = openTransport(config);
    try {
      const before = await transport.status();
      if (!canPrint(before)) return healthOf(before);
      const after = await transport.write(encodeReceipt(document, config.layout));
      return canPrint(after) ? null : healthOf(after);
    } catch {
      return 'unknown';
    } finally {
      await transport.close();
    }
  }

  /** Another printer, or another source of jobs: the queue in progress finishes its job, then the new one takes over. */
  async change(change: { config?: PrinterConfig; source?: JobSource }): Promise<void> {
    await this.current.queue.stop();
    if (change.source) this.source = change.source;
    this.current = this.open(change.config ?? this.current.config);
  }

  stop(): Promise<void> {
    return this.current.queue.stop();
  }

  private open(config: PrinterConfig) {
    const transport = openTransport(config);
    const queue = new PrintQueue(this.source.db, transport, config.layout, {
      timeZone: this.options.timeZone,
      receiptFor: (id) => this.source.receiptFor(id),
      faults: this.options.faults,
    });
    queue.start();
    return { config, transport, queue };
  }
}
