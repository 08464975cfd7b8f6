import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

/**
 * Opens the kiosk's one SQLite file with the pragmas every connection needs.
 * synchronous is set on every open because SQLite does not persist it: a reopened
 * WAL database would otherwise run with NORMAL and could lose an acknowledged request.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
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
