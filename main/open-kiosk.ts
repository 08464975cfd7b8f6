import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { readScannerConfig, type KioskConfig } from './config.ts';
import { buildApi } from './api/build-api.ts';
import { EventBus } from './events/event-bus.ts';
import { loadCatalog } from './catalog/load-catalog.ts';
import { openDatabase, type Db } from './store/open-database.ts';
import { getSetting, setSetting } from './store/settings-repo.ts';
import { storedReceipts } from './printing/request-receipt.ts';
import type { PrintQueue } from './printing/print-queue.ts';
import { parsePrinterUrl } from './printing/printer-url.ts';
import { PrintStation, type JobSource } from './printing/print-station.ts';
import { printerFaultLog } from './printing/printer-fault-log.ts';
import { kioskName, KioskSettingsControl, printerConfig } from './console/kiosk-settings.ts';
import { StaffSessions } from './staff/staff-sessions.ts';
import { appendAudit } from './store/audit-repo.ts';
import { TrainingMode } from './training/training-mode.ts';
import { markedAsTraining } from './training/training-receipt.ts';
import { Workspaces, type Workspace } from './training/workspaces.ts';
import { lockDataFolder, type DataFolderLock } from './store/data-folder-lock.ts';
import { makePrivateFolder } from './store/private-files.ts';
import { PurgeSchedule } from './privacy/purge-schedule.ts';
import type { Catalog } from '../preload/contract.ts';
import { openScanners, type ScannerDevices } from './devices/scanners.ts';
import { ALPHABET, PREFIX_LENGTH, TrackingCodes } from './requests/tracking-code.ts';
import { TRAINING_PREFIX } from '../sync/identifiers.ts';
import { keyFileStore, type KeyStore } from './secrets/key-store.ts';
import { resolveDataCipher } from './secrets/data-key.ts';
import { defaultKeyFile } from './secrets/default-key-file.ts';
import { cipherOf } from './store/sealing.ts';
import { CatalogShelf } from './sync/catalog-shelf.ts';
import { kioskSync } from './sync/kiosk-sync.ts';
import type { SyncControl } from './sync/sync-control.ts';
import { gateSubmissions } from './sync/submission-gate.ts';
import { afterEachCall, IdleCheckpoints } from './store/idle-checkpoint.ts';

export const DATABASE_FILE = 'serambi.sqlite';

/** The kiosk's parts, wired once for either shell: Electron or browser mode. */
export interface Kiosk {
  api: ReturnType<typeof buildApi>;
  /** Events for the renderer (scans); each shell forwards them over its transport. */
  events: EventBus;
  db: Db;
  printQueue: PrintQueue;
  /** Sync with the agency's hub (main/sync/), or its stand-in when none is set up. */
  sync: SyncControl;
  close(): Promise<void>;
}

export interface KioskOptions {
  /** Where the data key lives; the shell chooses (the system key store in Electron). Default: the key file. */
  keyStore?: KeyStore;
  printWaitMs?: number;
  /** Status lookups allowed a minute; ten, unless a benchmark needs to time thousands. */
  statusLookupsPerMinute?: number;
  /** Stand-ins for node-hid and serialport in tests. */
  scannerDevices?: ScannerDevices;
  /** How an operator's exit quits the kiosk (Electron); none in browser mode, where the console says so. */
  onExit?: () => void;
}

export async function openKiosk(config: KioskConfig, options: KioskOptions = {}): Promise<Kiosk> {
  const catalog = loadCatalog(config.catalogFile);
  // KIOSK_PRINTER is checked before anything is opened, so a bad one stops start-up at once.
  parsePrinterUrl(config.printer, config.dataDir);
  const { db, lock } = await openDataFolder(config, options.keyStore);
  try {
    return openLocked(config, options, catalog, lock, db, trackingCodes(db, kioskPrefix(db, config.kioskId)));
  } catch (error) {
    db.close();
    lock.release();
    throw error;
  }
}

/** The data folder held and its database open: where the kiosk and its command-line tools start. */
export async function openDataFolder(
  config: KioskConfig,
  keyStore?: KeyStore,
): Promise<{ db: Db; lock: DataFolderLock }> {
  makePrivateFolder(config.dataDir);
  const lock = lockDataFolder(config.dataDir);
  try {
    const file = join(config.dataDir, DATABASE_FILE);
    const store = keyStore ?? keyFileStore(config.keyFile ?? defaultKeyFile(config.dataDir));
    return { db: openDatabase(file, await resolveDataCipher(store, file)), lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** A kiosk's tracking codes under a prefix, keyed from its data key. */
export const trackingCodes = (db: Db, prefix: string) =>
  new TrackingCodes(prefix, cipherOf(db).derive('tracking codes', 16));

function openLocked(
  config: KioskConfig,
  options: KioskOptions,
  catalog: Catalog,
  lock: DataFolderLock,
  db: Db,
  codes: TrackingCodes,
): Kiosk {
  const now = () => new Date();
  const identity = { codes, name: kioskName(db, config, codes.prefix), timeZone: config.timeZone };
  // The hub may release catalogs: everything reads the current one when it needs it.
  const catalogs = new CatalogShelf(db, catalog, config.catalogFile !== undefined);
  const workspaces = new Workspaces({ db, identity, training: false }, config.dataDir);
  // A receipt is built from its own database's request; a training one is marked as such.
  const jobSource = (workspace: Workspace): JobSource => {
    const receipts = storedReceipts(workspace.db, {
      get catalog() {
        return catalogs.catalog;
      },
      kiosk: workspace.identity,
    });
    return {
      db: workspace.db,
      receiptFor: workspace.training ? (id) => markedAsTraining(receipts(id)) : receipts,
    };
  };
  const station = new PrintStation(printerConfig(db, config), jobSource(workspaces.active), {
    timeZone: config.timeZone,
    faults: printerFaultLog(db),
  });
  const purges = new PurgeSchedule(db, () => catalogs.catalog, now);
  purges.start();
  const events = new EventBus();
  const scanning = config.scanners ?? readScannerConfig({});
  const scanners = openScanners(scanning, (scan) => events.emit('scanner.scan', scan), options.scannerDevices);
  const sync = kioskSync(db, config, {
    catalogs,
    identity,
    codesFor: (prefix) => trackingCodes(db, prefix),
    devices: () => api['devices.status']({}).then((status) => (status.ok ? status.value : null)),
  });
  // Whatever ends a staff session, it is in the kiosk's trail.
  const staff = new StaffSessions((session, why) =>
    appendAudit(db, {
      at: now().toISOString(),
      actor: session.staffNumber,
      action: 'staff.signedOut',
      subject: session.staffNumber,
      detail: { why },
    }),
  );
  const settings = new KioskSettingsControl({
    db,
    config,
    identity,
    station,
    agency: () => catalogs.catalog.agency,
    announcementsChanged: () => catalogs.refresh(),
    now,
  });
  const built = buildApi({
    get db() {
      return workspaces.active.db;
    },
    kioskDb: db,
    get catalog() {
      return catalogs.served();
    },
    catalogs,
    sync: sync.control,
    get kiosk() {
      return workspaces.active.identity;
    },
    get printQueue() {
      return station.queue;
    },
    purges,
    get printer() {
      return { config: station.config, transport: station.transport };
    },
    scanners: () => scanners.status(),
    scannerSettings: {
      wedgePrefix: scanning.wedgePrefix,
      wedgeSuffix: scanning.wedgeSuffix,
      badgePrefix: scanning.badgePrefix,
    },
    // The citizen sees the ticket within 3 s of Send: the wait, the answer's way back and the screen.
    printWaitMs: options.printWaitMs ?? 2400,
    // Lookups that reach the database (a mistyped code is caught before and does not count).
    statusLookupsPerMinute: options.statusLookupsPerMinute ?? 10,
    staff,
    settings,
    training: new TrainingMode(workspaces, station, jobSource, now),
    events,
    codesFor: (prefix) => trackingCodes(db, prefix),
    usbDir: config.sync.usbDir,
    exit: options.onExit,
    now,
  });
  // Submissions pass through the gate: sync waits for them, and sends them soon after.
  // After each call, what it wrote is folded into the database file while the kiosk is idle.
  const checkpoints = new IdleCheckpoints(() => [db, workspaces.active.db]);
  const api = afterEachCall(gateSubmissions(built, sync.gate), checkpoints.afterCall);
  return {
    api,
    events,
    db,
    get printQueue() {
      return station.queue;
    },
    sync: sync.control,
    async close() {
      staff.stop();
      await sync.stop();
      purges.stop();
      await scanners.close();
      await station.stop();
      workspaces.close();
      db.close();
      lock.release();
    },
  };
}

/**
 * The configured KIOSK_ID wins; otherwise the first start picks a random prefix and keeps
 * it, so codes stay stable across restarts. Operators give each kiosk its own KIOSK_ID.
 */
function kioskPrefix(db: Db, configured: string | undefined): string {
  if (configured) return configured;
  const stored = getSetting(db, 'kiosk_prefix');
  if (stored) return stored;
  let prefix = TRAINING_PREFIX;
  while (prefix === TRAINING_PREFIX) {
    prefix = Array.from({ length: PREFIX_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  }
  setSetting(db, 'kiosk_prefix', prefix);
  return prefix;
}
