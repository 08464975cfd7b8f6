import Database from 'better-sqlite3';
import { closeSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.ts';
import { makePrivateFiles, makePrivateFolder } from './private-files.ts';

export type Db = Database.Database;

/**
 * Opens the kiosk's one SQLite file with the pragmas every connection needs.
 * synchronous is set on every open because SQLite does not persist it: a reopened
 * WAL database would otherwise run with NORMAL and could lose an acknowledged request.
 */
export function openDatabase(file: string): Db {
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
  migrate(db);
  return db;
}
