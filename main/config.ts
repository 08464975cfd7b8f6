import { isAbsolute, relative, resolve } from 'node:path';
import type { ScannerSettings } from '../preload/contract.ts';
import type { HidAddress } from './devices/hid-scanner.ts';
import type { SerialAddress } from './devices/serial-scanner.ts';
import { isValidPrefix, ALPHABET, PREFIX_LENGTH } from './requests/tracking-code.ts';
import { readSyncConfig, type SyncConfig } from './sync/sync-config.ts';
import { TRAINING_PREFIX } from '../sync/identifiers.ts';

/** Raised for a setting that cannot work; its message is the one sentence shown at start-up. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface KioskConfig {
  dataDir: string;
  printer: string | undefined;
  catalogFile: string | undefined;
  port: number;
  kioskId: string | undefined;
  kioskName: string | undefined;
  timeZone: string;
  scanners: ScannerConfig;
  /** Browser mode only: the secret an operator's tool sends for operator methods. */
  operatorKey: string | undefined;
  /** The data key's file; none: the system key store (Electron) or a per-folder default (browser mode). */
  keyFile: string | undefined;
  /** The agency's hub (KIOSK_HUB_URL, KIOSK_ENROL_CODE, KIOSK_USB_DIR); see main/sync/README.md. */
  sync: SyncConfig;
}

/** Which scanners main reads, and how the renderer recognises keyboard-wedge scans and staff badges. */
export interface ScannerConfig extends ScannerSettings {
  hid: HidAddress | undefined;
  serial: SerialAddress | undefined;
}

const DEFAULT_PORT = 5170;

/** Reads KIOSK_* settings from the environment; `defaultDataDir` differs between Electron and browser mode. */
export function readConfig(env: NodeJS.ProcessEnv, defaultDataDir: string): KioskConfig {
  const dataDir = resolve(env.KIOSK_DATA_DIR || defaultDataDir);
  return {
    dataDir,
    printer: env.KIOSK_PRINTER || undefined,
    catalogFile: env.KIOSK_CATALOG ? resolve(env.KIOSK_CATALOG) : undefined,
    port: readPort(env.KIOSK_PORT),
    kioskId: readKioskId(env.KIOSK_ID),
    kioskName: env.KIOSK_NAME || undefined,
    timeZone: readTimeZone(env.KIOSK_TIMEZONE),
    scanners: readScannerConfig(env),
    operatorKey: readOperatorKey(env.KIOSK_OPERATOR_KEY),
    keyFile: readKeyFile(env.KIOSK_KEY_FILE, dataDir),
    sync: readSyncConfig(env),
  };
}

function readKeyFile(value: string | undefined, dataDir: string): string | undefined {
  if (!value) return undefined;
  const file = resolve(value);
  const inside = relative(dataDir, file);
  if (!inside.startsWith('..') && !isAbsolute(inside)) {
    throw new ConfigError(
      `KIOSK_KEY_FILE ${file} is inside the data folder, where a copy of the data would carry its key; keep it elsewhere, for example /etc/serambi/data.key.`,
    );
  }
  return file;
}

export function readScannerConfig(env: NodeJS.ProcessEnv): ScannerConfig {
  return {
    hid: readScannerHid(env.KIOSK_SCANNER_HID),
    serial: readScannerSerial(env.KIOSK_SCANNER_SERIAL),
    wedgePrefix: readWedgeKeys('KIOSK_WEDGE_PREFIX', env.KIOSK_WEDGE_PREFIX, 'before'),
    wedgeSuffix: readWedgeKeys('KIOSK_WEDGE_SUFFIX', env.KIOSK_WEDGE_SUFFIX || 'Enter', 'after'),
    badgePrefix: readBadgePrefix(env.KIOSK_BADGE_PREFIX),
  };
}

function readPort(value: string | undefined): number {
  if (!value) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(
      `KIOSK_PORT "${value}" is not a port number; use a whole number from 1 to 65535, for example 5170.`,
    );
  }
  return port;
}

function readKioskId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const id = value.toUpperCase();
  if (id === TRAINING_PREFIX) {
    throw new ConfigError(
      `KIOSK_ID "${value}" is the mark of training receipts; give this kiosk ${PREFIX_LENGTH} other characters from ${ALPHABET}.`,
    );
  }
  if (!isValidPrefix(id)) {
    throw new ConfigError(
      `KIOSK_ID "${value}" cannot prefix tracking codes; use ${PREFIX_LENGTH} characters from ${ALPHABET}, different on every kiosk.`,
    );
  }
  return id;
}

const MIN_OPERATOR_KEY = 24;

function readOperatorKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.length < MIN_OPERATOR_KEY || !/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigError(
      `KIOSK_OPERATOR_KEY is too weak; use at least ${MIN_OPERATOR_KEY} printable characters without spaces, for example the output of: openssl rand -base64 24.`,
    );
  }
  return value;
}

function readTimeZone(value: string | undefined): string {
  const zone = value || 'Asia/Jakarta';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new ConfigError(
      `KIOSK_TIMEZONE "${zone}" is not a time zone; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).`,
    );
  }
  return zone;
}

function readScannerHid(value: string | undefined): ScannerConfig['hid'] {
  if (!value) return undefined;
  const ids = /^([0-9a-f]{4}):([0-9a-f]{4})$/i.exec(value.trim());
  if (!ids) {
    throw new ConfigError(
      `KIOSK_SCANNER_HID "${value}" is not a USB vendor:product id; use the two four-digit hex numbers lsusb shows for the scanner, for example 05e0:1200.`,
    );
  }
  return { vendorId: parseInt(ids[1]!, 16), productId: parseInt(ids[2]!, 16) };
}

// The factory setting of most serial scanners; USB CDC ACM scanners ignore the rate anyway.
const DEFAULT_SCANNER_BAUD = 9600;

function readScannerSerial(value: string | undefined): ScannerConfig['serial'] {
  if (!value) return undefined;
  const fail = (problem: string) =>
    new ConfigError(
      `KIOSK_SCANNER_SERIAL "${value}" ${problem}; use the scanner's device, optionally with its speed, for example /dev/ttyACM0?baud=9600.`,
    );
  const [path = '', options, ...more] = value.trim().split('?');
  if (!/^(\/\S+|COM\d+)$/i.test(path)) throw fail('names no serial device');
  if (more.length > 0) throw fail('has more than one "?"');
  if (options === undefined) return { path, baudRate: DEFAULT_SCANNER_BAUD };
  const baud = /^baud=(\d+)$/.exec(options);
  const baudRate = Number(baud?.[1]);
  // Any rate the port's driver takes will do; the bounds only catch slips such as a missing digit.
  if (!baud || baudRate < 300 || baudRate > 4_000_000) throw fail(`has an option "${options}" that is not a baud rate`);
  return { path, baudRate };
}

/** Key names a scanner can be set to send around a code; anything else is taken as literal characters. */
const NAMED_KEYS = ['Enter', 'Tab', ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`)];
const MAX_WEDGE_KEYS = 8;

/** As KeyboardEvent.key values, the form the renderer compares keystrokes in. */
function readWedgeKeys(name: string, value: string | undefined, where: 'before' | 'after'): string[] {
  if (!value) return [];
  if (NAMED_KEYS.includes(value)) return [value];
  // A word such as Return or CR is a key name we do not know, not characters to type.
  const unknownKeyName = /^[a-z][a-z0-9]+$/i.test(value);
  if (unknownKeyName || !/^[\x21-\x7e]+$/.test(value) || value.length > MAX_WEDGE_KEYS) {
    throw new ConfigError(
      `${name} "${value}" is not something a scanner types; use the key the scanner sends ${where} each code (Enter, Tab or F1 to F12) or up to ${MAX_WEDGE_KEYS} printable characters that are not a word, such as ~ or ##.`,
    );
  }
  return [...value];
}

const MAX_BADGE_PREFIX = 32;

function readBadgePrefix(value: string | undefined): string | null {
  if (!value) return null;
  if (!/^[\x21-\x7e]+$/.test(value) || value.length > MAX_BADGE_PREFIX) {
    throw new ConfigError(
      `KIOSK_BADGE_PREFIX "${value}" cannot start a badge code; use up to ${MAX_BADGE_PREFIX} printable characters without spaces, for example STAFF-.`,
    );
  }
  // Tracking codes are scanned and typed with hyphens too, so those do not tell the two apart.
  if ([...value.toUpperCase().replaceAll('-', '')].every((c) => ALPHABET.includes(c))) {
    throw new ConfigError(
      `KIOSK_BADGE_PREFIX "${value}" could be the start of a tracking code; include a character that is not one of ${ALPHABET} or a hyphen, for example STAFF-.`,
    );
  }
  return value;
}
