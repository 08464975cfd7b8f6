import type { Catalog, DevicesStatus, ScannerSettings } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import type { PrintQueue } from '../printing/print-queue.ts';
import type { PurgeSchedule } from '../privacy/purge-schedule.ts';
import type { PrinterConfig } from '../printing/printer-url.ts';
import type { PrinterTransport } from '../printing/transport.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';

/** Everything the API methods work with, made once by openKiosk. */
export interface ApiDeps {
  db: Db;
  catalog: Catalog;
  kiosk: KioskIdentity;
  printQueue: PrintQueue;
  /** The retention purge and its last report. */
  purges: PurgeSchedule;
  printer: { config: PrinterConfig; transport: PrinterTransport };
  /** The scanners' state as the devices layer knows it. */
  scanners: () => DevicesStatus['scanners'];
  /** Handed to the renderer through kiosk.info: it recognises keyboard-wedge scans and badges itself. */
  scannerSettings: ScannerSettings;
  /** How long submit waits for the receipt before telling the citizen it is still queued. */
  printWaitMs: number;
  now: () => Date;
}
