import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { DataCipher } from './data-cipher.ts';
import { DataKeyError, newDataKey, type KeyStore } from './key-store.ts';

export const KEY_CHECK_SETTING = 'data_key_check';

/**
 * The cipher for this data folder's database. The key comes from the store; if the store
 * has none and the database holds nothing sealed, a new key is made and kept. A missing or
 * different key over sealed data stops start-up: a new key is never made over old data,
 * which would leave it unreadable for good.
 */
export async function resolveDataCipher(store: KeyStore, databaseFile: string): Promise<DataCipher> {
  const expected = storedKeyCheck(databaseFile);
  const key = await store.load();
  if (key) {
    const cipher = new DataCipher(key);
    if (expected !== null && cipher.keyCheck() !== expected) {
      throw new DataKeyError(
        `${store.where} holds a different key from the one that sealed the data in ${databaseFile}; use the key made for this data folder.`,
      );
    }
    return cipher;
  }
  if (expected !== null) {
    throw new DataKeyError(
      `The data in ${databaseFile} is sealed, but its key is missing from ${store.where}; restore that key from the kiosk's backup (a new key cannot read this data).`,
    );
  }
  const created = newDataKey();
  await store.create(created);
  return new DataCipher(created);
}

/** The key check the database was sealed under, or null for a new database or one from before sealing. */
function storedKeyCheck(databaseFile: string): string | null {
  if (!existsSync(databaseFile)) return null;
  const db = new Database(databaseFile, { fileMustExist: true });
  try {
    const hasSettings = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'`).get();
    if (!hasSettings) return null;
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY_CHECK_SETTING) as
      { value: string } | undefined;
    return row?.value ?? null;
  } finally {
    db.close();
  }
}
