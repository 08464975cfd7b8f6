import type { Catalog, DevicesStatus, ScannerSettings } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import type { PrintQueue } from '../printing/print-queue.ts';
import type { PurgeSchedule } from '../privacy/purge-schedule.ts';
import type { PrinterConfig } from '../printing/printer-url.ts';
import type { PrinterTransport } from '../printing/transport.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';
import type { CatalogShelf } from '../sync/catalog-shelf.ts';
import type { SyncControl } from '../sync/sync-control.ts';

/** Everything the API methods work with, made once by openKiosk. */
export interface ApiDeps {
  db: Db;
  /** The catalog new sessions get (catalogs.served()). */
  catalog: Catalog;
  /** Every catalog a submission may have been made against, and the current one's revision. */
  catalogs: CatalogShelf;
  /** Sync with the agency's hub, or its stand-in when no hub is set up. */
  sync: SyncControl;
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
  /** Status lookups allowed in a sliding minute (see lookup-limit.ts). */
  statusLookupsPerMinute: number;
  now: () => Date;
}
