import type { Catalog, DevicesStatus, ScannerSettings } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import type { PrintQueue } from '../printing/print-queue.ts';
import type { PurgeSchedule } from '../privacy/purge-schedule.ts';
import type { PrinterConfig } from '../printing/printer-url.ts';
import type { PrinterTransport } from '../printing/transport.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';
import type { TrackingCodes } from '../requests/tracking-code.ts';
import type { CatalogShelf } from '../sync/catalog-shelf.ts';
import type { SyncControl } from '../sync/sync-control.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { StaffSessions } from '../staff/staff-sessions.ts';
import type { KioskSettingsControl } from '../console/kiosk-settings.ts';
import type { TrainingMode } from '../training/training-mode.ts';

/** Everything the API methods work with, made once by openKiosk. */
export interface ApiDeps {
  /** Where requests, receipts and calls for staff go: the kiosk's database, or the training one in training mode. */
  db: Db;
  /** The kiosk's own database always: staff accounts, settings and the trail of what staff do to the kiosk. */
  kioskDb: Db;
  /** The catalog new sessions get (catalogs.served()). */
  catalog: Catalog;
  /** Every catalog a submission may have been made against, and the current one's revision. */
  catalogs: CatalogShelf;
  /** Sync with the agency's hub, or its stand-in when no hub is set up. */
  sync: SyncControl;
  /** The identity of the active workspace (training codes in training mode). */
  kiosk: KioskIdentity;
  /** The print queue as it is now (an operator may change the printer, training moves the queue). */
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
  /** Staff signed in at the kiosk (one at a time) and what they may do. */
  staff: StaffSessions;
  settings: KioskSettingsControl;
  training: TrainingMode;
  /** Events to the renderer: a call for staff attended. */
  events: EventBus;
  /** The kiosk's tracking codes under a prefix (a return bundle names requests by the hub's prefix). */
  codesFor: (prefix: string) => TrackingCodes;
  /** KIOSK_USB_DIR: where USB exports go instead of the one drive mounted. */
  usbDir: string | undefined;
  /** Quits the kiosk for maintenance (Electron); absent in browser mode, where nothing may quit the page. */
  exit?: () => void;
  now: () => Date;
}
