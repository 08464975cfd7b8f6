import { resolve } from 'node:path';
import { isValidPrefix, ALPHABET, PREFIX_LENGTH } from './requests/tracking-code.ts';

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
}

const DEFAULT_PORT = 5170;

/** Reads KIOSK_* settings from the environment; `defaultDataDir` differs between Electron and browser mode. */
export function readConfig(env: NodeJS.ProcessEnv, defaultDataDir: string): KioskConfig {
  return {
    dataDir: resolve(env.KIOSK_DATA_DIR || defaultDataDir),
    printer: env.KIOSK_PRINTER || undefined,
    catalogFile: env.KIOSK_CATALOG ? resolve(env.KIOSK_CATALOG) : undefined,
    port: readPort(env.KIOSK_PORT),
    kioskId: readKioskId(env.KIOSK_ID),
    kioskName: env.KIOSK_NAME || undefined,
    timeZone: readTimeZone(env.KIOSK_TIMEZONE),
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
  if (!isValidPrefix(id)) {
    throw new ConfigError(
      `KIOSK_ID "${value}" cannot prefix tracking codes; use ${PREFIX_LENGTH} characters from ${ALPHABET}, different on every kiosk.`,
    );
  }
  return id;
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
