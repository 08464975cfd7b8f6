import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the install's data key lives between runs. */
export interface KeyStore {
  /** How messages name this store: "KIOSK_KEY_FILE /etc/serambi/data.key". */
  readonly where: string;
  /** The key, or null when this store has none yet. */
  load(): Promise<Uint8Array | null>;
  /** Keeps a new key; never replaces one that is there. */
  create(key: Uint8Array): Promise<void>;
}

/** Raised when the data key cannot be had safely; its message is the one sentence shown at start-up. */
export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

const FORMAT = 'serambi-data-key-v1';

export const newDataKey = (): Uint8Array => randomBytes(32);

/**
 * A key file readable only by the kiosk's user, kept outside the data folder, so that a
 * copy of the data folder (a backup, a stolen disk image of it) is useless on its own.
 */
export function keyFileStore(path: string): KeyStore {
  const where = `KIOSK_KEY_FILE ${path}`;
  return {
    where,
    async load() {
      let text: string;
      try {
        const mode = statSync(path).mode;
        if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
          throw new DataKeyError(
            `${where} can be read by other users of this computer; run: chmod 600 ${path} (and keep it owned by the kiosk user).`,
          );
        }
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        if (error instanceof DataKeyError) throw error;
        throw new DataKeyError(`${where} cannot be read: ${(error as Error).message}.`);
      }
      const parsed = parseKeyFile(text);
      if (!parsed) {
        throw new DataKeyError(
          `${where} is not a Serambi data key file; point KIOSK_KEY_FILE at the key file made for this kiosk.`,
        );
      }
      return parsed;
    },
    async create(key) {
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      // 'wx': fails rather than replace a key that appeared meanwhile.
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, `${JSON.stringify({ format: FORMAT, key: Buffer.from(key).toString('base64') })}\n`);
      } finally {
        closeSync(fd);
      }
    },
  };
}

function parseKeyFile(text: string): Uint8Array | null {
  try {
    const data = JSON.parse(text) as { format?: unknown; key?: unknown };
    if (data.format !== FORMAT || typeof data.key !== 'string') return null;
    const key = Buffer.from(data.key, 'base64');
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}
