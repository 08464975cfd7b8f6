import Database from 'better-sqlite3';
import { join } from 'node:path';

export const LOCK_FILE = 'serambi.lock';

/** Raised when another kiosk process already holds the data folder; its message is the one sentence shown. */
export class DataFolderBusy extends Error {
  override name = 'DataFolderBusy';
}

export interface DataFolderLock {
  release(): void;
}

/**
 * One kiosk per data folder: two processes on one folder (a double-click, a second
 * autostart) would both print every queued receipt. The lock is an SQLite file held in
 * exclusive locking mode, so it is an operating-system lock that ends with the process:
 * a kiosk that crashed leaves nothing stale behind for the next start to wait out.
 */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const file = join(dataDir, LOCK_FILE);
  const db = new Database(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since TEXT NOT NULL)');
    // The first write takes the exclusive lock; in this locking mode it is kept until close.
    db.transaction(() => {
      db.exec('DELETE FROM holder');
      db.prepare('INSERT INTO holder VALUES (?, ?)').run(process.pid, new Date().toISOString());
    }).exclusive();
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new DataFolderBusy(
        `Another Serambi is already running on the data folder ${dataDir}; use that one, or stop it before starting again.`,
      );
    }
    throw error;
  }
  return { release: () => db.close() };
}
