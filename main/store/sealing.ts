import type Database from 'better-sqlite3';
import type { DataCipher } from '../secrets/data-cipher.ts';

const ciphers = new WeakMap<Database.Database, DataCipher>();

/** openDatabase gives every connection its cipher; the repositories seal through it. */
export function attachCipher(db: Database.Database, cipher: DataCipher): void {
  ciphers.set(db, cipher);
}

export function cipherOf(db: Database.Database): DataCipher {
  const cipher = ciphers.get(db);
  if (!cipher) throw new Error('The database was opened without its data key.');
  return cipher;
}

/**
 * Where each sealed value belongs; a value opens only in the place it was sealed for, so
 * sealed bytes moved to another row or column are refused rather than read as this one.
 */
export const sealedAt = {
  answers: (trackingCode: string) => `requests.answers/${trackingCode}`,
  /** Typed text an outbox event carries for the hub (a survey's suggestion). */
  outbox: (seq: number) => `outbox.sealed/${seq}`,
};

/** Personal data in, bytes for a BLOB column out. */
export function seal(db: Database.Database, value: unknown, context: string): Buffer {
  return cipherOf(db).seal(JSON.stringify(value), context);
}

export function unseal<T>(db: Database.Database, sealed: Uint8Array, context: string): T {
  return JSON.parse(cipherOf(db).open(sealed, context)) as T;
}
