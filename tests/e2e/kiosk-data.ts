import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Answers } from '../../preload/contract.ts';
import { DATABASE_FILE } from '../../main/open-kiosk.ts';
import { keyFileStore } from '../../main/secrets/key-store.ts';
import { DataCipher } from '../../main/secrets/data-cipher.ts';
import { sealedAt } from '../../main/store/sealing.ts';
import { keyFileFor, type KioskProcess } from './kiosk-process.ts';

/**
 * A request's row as the kiosk process stored it, read from its SQLite file, with its
 * answers opened with the kiosk's own data key: what a test compares with what was typed.
 */
export async function storedRequest(
  kiosk: KioskProcess,
  trackingCode: string,
): Promise<{ row: Record<string, unknown>; answers: Answers }> {
  const db = new Database(join(kiosk.dataDir, DATABASE_FILE), { readonly: true });
  const row = db.prepare('SELECT * FROM requests WHERE tracking_code = ?').get(trackingCode) as Record<string, unknown>;
  db.close();
  const key = await keyFileStore(keyFileFor(kiosk.dataDir)).load();
  const cipher = new DataCipher(key!);
  return { row, answers: JSON.parse(cipher.open(row.answers as Uint8Array, sealedAt.answers(trackingCode))) };
}
