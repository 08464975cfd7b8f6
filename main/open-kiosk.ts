import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { readScannerConfig, type KioskConfig } from './config.ts';
import { buildApi } from './api/build-api.ts';
import { EventBus } from './events/event-bus.ts';
import { loadCatalog } from './catalog/load-catalog.ts';
import { openDatabase, type Db } from './store/open-database.ts';
import { getSetting, setSetting } from './store/settings-repo.ts';
import { storedReceipts } from './printing/request-receipt.ts';
import { PrintQueue } from './printing/print-queue.ts';
import { openTransport, parsePrinterUrl, type PrinterConfig } from './printing/printer-url.ts';
import { lockDataFolder, type DataFolderLock } from './store/data-folder-lock.ts';
import { makePrivateFolder } from './store/private-files.ts';
import { PurgeSchedule } from './privacy/purge-schedule.ts';
import type { Catalog } from '../preload/contract.ts';
import { openScanners, type ScannerDevices } from './devices/scanners.ts';
import { ALPHABET, PREFIX_LENGTH, TrackingCodes } from './requests/tracking-code.ts';
import { keyFileStore, type KeyStore } from './secrets/key-store.ts';
import { resolveDataCipher } from './secrets/data-key.ts';
import { defaultKeyFile } from './secrets/default-key-file.ts';

export const DATABASE_FILE = 'serambi.sqlite';

/** The kiosk's parts, wired once for either shell: Electron or browser mode. */
export interface Kiosk {
  api: ReturnType<typeof buildApi>;
  /** Events for the renderer (scans); each shell forwards them over its transport. */
  events: EventBus;
  db: Db;
  printQueue: PrintQueue;
  close(): Promise<void>;
}

export interface KioskOptions {
  /** Where the data key lives; the shell chooses (the system key store in Electron). Default: the key file. */
  keyStore?: KeyStore;
  printWaitMs?: number;
  /** Stand-ins for node-hid and serialport in tests. */
  scannerDevices?: ScannerDevices;
}

export async function openKiosk(config: KioskConfig, options: KioskOptions = {}): Promise<Kiosk> {
  const catalog = loadCatalog(config.catalogFile);
  const printer = parsePrinterUrl(config.printer, config.dataDir);
  makePrivateFolder(config.dataDir);
  const lock = lockDataFolder(config.dataDir);
  try {
    const file = join(config.dataDir, DATABASE_FILE);
    const keyStore = options.keyStore ?? keyFileStore(config.keyFile ?? defaultKeyFile(config.dataDir));
    const cipher = await resolveDataCipher(keyStore, file);
    const db = openDatabase(file, cipher);
    const codes = new TrackingCodes(kioskPrefix(db, config.kioskId), cipher.derive('tracking codes', 16));
    return openLocked(config, options, catalog, printer, lock, db, codes);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openLocked(
  config: KioskConfig,
  options: KioskOptions,
  catalog: Catalog,
  printer: PrinterConfig,
  lock: DataFolderLock,
  db: Db,
  codes: TrackingCodes,
): Kiosk {
  const transport = openTransport(printer);
  const identity = { codes, name: config.kioskName ?? `Serambi ${codes.prefix}`, timeZone: config.timeZone };
  const printQueue = new PrintQueue(db, transport, printer.layout, {
    timeZone: config.timeZone,
    receiptFor: storedReceipts(db, { catalog, kiosk: identity }),
  });
  printQueue.start();
  const purges = new PurgeSchedule(
    db,
    () => catalog,
    () => new Date(),
  );
  purges.start();
  const events = new EventBus();
  const scanning = config.scanners ?? readScannerConfig({});
  const scanners = openScanners(scanning, (scan) => events.emit('scanner.scan', scan), options.scannerDevices);
  const api = buildApi({
    db,
    catalog,
    kiosk: identity,
    printQueue,
    purges,
    printer: { config: printer, transport },
    scanners: () => scanners.status(),
    scannerSettings: {
      wedgePrefix: scanning.wedgePrefix,
      wedgeSuffix: scanning.wedgeSuffix,
      badgePrefix: scanning.badgePrefix,
    },
    printWaitMs: options.printWaitMs ?? 3000,
    now: () => new Date(),
  });
  return {
    api,
    events,
    db,
    printQueue,
    async close() {
      purges.stop();
      await scanners.close();
      await printQueue.stop();
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
  const prefix = Array.from({ length: PREFIX_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  setSetting(db, 'kiosk_prefix', prefix);
  return prefix;
}
