/**
 * `npm run kiosk -- COMMAND`: the kiosk's operator commands for its hub, run while the kiosk
 * is stopped (they hold its data folder, as the kiosk does).
 *
 * Whatever goes wrong ends in one sentence on stderr and exit code 1, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { BundleError } from '../../sync/bundle-error.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { readConfig, type KioskConfig } from '../config.ts';
import { openDataFolder, trackingCodes } from '../open-kiosk.ts';
import type { Db } from '../store/open-database.ts';
import { describeStartupError } from '../startup-error.ts';
import { APP_VERSION } from './app-version.ts';
import { CatalogShelf } from './catalog-shelf.ts';
import { enrol, EnrolmentError, readEnrolment } from './enrol.ts';
import { heartbeat } from './heartbeat.ts';
import { HubRefusal, LinkFailure, SyncProblem } from './hub-client.ts';
import { checkHubUrl } from './sync-config.ts';
import { exportBundle, importReturnBundle, newestReturnBundle } from './usb-bundles.ts';
import { usbFolder, UsbDriveError } from './usb-drives.ts';

const USAGE = `Serambi kiosk commands (npm run kiosk -- COMMAND), with the kiosk stopped:
  enrol CODE [HUB]     enrol this kiosk at the hub with the code (or QR text) its admin gives;
                       HUB is the hub address unless KIOSK_HUB_URL or the QR code gives it
  usb-export [FOLDER]  write a bundle of everything the hub has not acknowledged to the USB drive
                       (the one drive mounted, KIOSK_USB_DIR, or FOLDER)
  usb-import [FILE]    import the hub's return bundle (FILE, or the newest one on the drive)
Settings: KIOSK_DATA_DIR (the kiosk's data folder), KIOSK_KEY_FILE, KIOSK_HUB_URL, KIOSK_USB_DIR (main/sync/README.md).`;

class UsageError extends Error {}

const SENTENCES = [UsageError, EnrolmentError, HubRefusal, LinkFailure, SyncProblem, BundleError, UsbDriveError];

function sentenceOf(error: unknown): string {
  if (SENTENCES.some((kind) => error instanceof kind)) return (error as Error).message;
  if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') {
    return `There is no file or folder ${(error as NodeJS.ErrnoException).path}; check the name.`;
  }
  return describeStartupError(error);
}

/** Runs a command on the open data folder, and always lets it go again. */
async function withData<T>(config: KioskConfig, work: (db: Db) => Promise<T> | T): Promise<T> {
  const { db, lock } = await openDataFolder(config);
  try {
    return await work(db);
  } finally {
    db.close();
    lock.release();
  }
}

async function enrolCommand(config: KioskConfig, [text, hub]: string[]): Promise<void> {
  const enrolment = text ? readEnrolment(text) : null;
  if (!enrolment) {
    throw new UsageError(
      'Give the enrolment code from the hub (for example 7KMX-4PRT-9CWH-3DNA) or its QR text: npm run kiosk -- enrol CODE [HUB].',
    );
  }
  const hubUrl = hub ? checkHubUrl(hub, 'The hub address') : (config.sync.hubUrl ?? enrolment.hubUrl);
  if (!hubUrl) {
    throw new UsageError('Name the hub: npm run kiosk -- enrol CODE https://hub.example.go.id (or set KIOSK_HUB_URL).');
  }
  const identity = await withData(config, (db) =>
    enrol(db, checkHubUrl(hubUrl, 'The hub address'), enrolment, APP_VERSION, () => new Date()),
  );
  console.log(
    `Enrolled at ${hubUrl} as kiosk ${identity.prefix} (hub key fingerprint ${identity.hub.fingerprint}); its tracking codes now start with ${identity.prefix}.`,
  );
  if (config.kioskId && config.kioskId !== identity.prefix) {
    console.log(
      `Remove KIOSK_ID (${config.kioskId}) from the kiosk's settings: the hub refuses requests under another prefix.`,
    );
  }
}

async function exportCommand(config: KioskConfig, [folder]: string[]): Promise<void> {
  const target = folder ?? usbFolder(config.sync.usbDir);
  const written = await withData(config, async (db) => {
    const health = await heartbeat({
      db,
      dataDir: config.dataDir,
      catalogVersion: new CatalogShelf(db, loadCatalog(config.catalogFile), config.catalogFile !== undefined).version,
      devices: async () => null,
      now: () => new Date(),
    });
    return exportBundle(db, target, health, new Date());
  });
  const events =
    written.count === 0 ? 'no events (the hub holds them all)' : `events ${written.fromSeq} to ${written.toSeq}`;
  console.log(`Wrote ${events} to ${written.file}; import it at the hub: npm run hub -- import FILE.`);
}

async function importCommand(config: KioskConfig, [given]: string[]): Promise<void> {
  const imported = await withData(config, (db) => {
    const place = given ?? usbFolder(config.sync.usbDir);
    const file = statSync(place).isDirectory() ? newestReturnBundle(db, place) : place;
    const codesFor = (prefix: string) => trackingCodes(db, config.kioskId ?? prefix);
    return { file, ...importReturnBundle(db, codesFor, readFileSync(file, 'utf8'), new Date()) };
  });
  console.log(
    `Imported return bundle number ${imported.returnSeq} from ${imported.file}: the hub holds every event up to ${imported.ackedSeq}; ${imported.statuses} status change(s) applied.`,
  );
}

async function main(argv: string[]): Promise<void> {
  const [command = 'help', ...args] = argv;
  const config = readConfig(process.env, '.serambi');
  switch (command) {
    case 'enrol':
      return enrolCommand(config, args);
    case 'usb-export':
      return exportCommand(config, args);
    case 'usb-import':
      return importCommand(config, args);
    case 'help':
    case '--help':
      console.log(USAGE);
      return;
    default:
      throw new UsageError(`"${command}" is not a kiosk command; run npm run kiosk -- help for the list.`);
  }
}

process.umask(0o077);
main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(sentenceOf(error));
  process.exit(1);
});
