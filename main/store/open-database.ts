import Database from 'better-sqlite3';
import { closeSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.ts';
import { makePrivateFiles, makePrivateFolder } from './private-files.ts';
import { attachCipher } from './sealing.ts';
import { getSetting, setSetting } from './settings-repo.ts';
import type { DataCipher } from '../secrets/data-cipher.ts';
import { KEY_CHECK_SETTING } from '../secrets/data-key.ts';

export type Db = Database.Database;

/**
 * Opens the kiosk's one SQLite file with the pragmas every connection needs, and the
 * cipher its personal data is sealed with (see main/secrets/).
 * synchronous is set on every open because SQLite does not persist it: a reopened
 * WAL database would otherwise run with NORMAL and could lose an acknowledged request.
 */
export function openDatabase(file: string, cipher: DataCipher): Db {
  if (file !== ':memory:') {
    makePrivateFolder(dirname(file));
    // Created here rather than by SQLite, so it is 0600 from its first byte; SQLite gives
    // the -wal and -shm files the main file's mode.
    closeSync(openSync(file, 'a', 0o600));
    makePrivateFiles(file, `${file}-wal`, `${file}-shm`);
  }
  const db = new Database(file);
  // A submission touches about nine pages and every one is written to the WAL and synced:
  // 2 KiB pages halve the bytes per commit against the 4 KiB default (measured by
  // `npm run bench`). Only takes effect when the file is created.
  db.pragma('page_size = 2048');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted and overwritten content is zeroed rather than left in free space, so a purge
  // (and the sealing of an older kiosk's plain-text rows) leaves nothing behind in the file.
  db.pragma('secure_delete = ON');
  attachCipher(db, cipher);
  const stepsRun = migrate(db, { cipher });
  // The WAL still holds the pages as they were before the migration: fold it in and empty it.
  if (stepsRun > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  if (getSetting(db, KEY_CHECK_SETTING) === undefined) setSetting(db, KEY_CHECK_SETTING, cipher.keyCheck());
  return db;
}
