/**
 * PGlite does not lock its folder, and two processes writing one PGlite folder corrupt it.
 * The hub holds an SQLite file in exclusive locking mode beside it: an operating-system
 * lock that ends with the process, so a crashed hub leaves nothing stale to wait out.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { HubSetupError } from '../setup-error.ts';

export function lockFolder(folder: string): { release(): void } {
  const db = new Database(join(folder, 'hub.lock'), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // In this mode the first write takes the lock and keeps it until the file is closed.
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER); DELETE FROM holder;');
    db.prepare('INSERT INTO holder VALUES (?)').run(process.pid);
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) {
      throw new HubSetupError(
        `Another hub is already using the data folder ${folder}; stop it, or set HUB_DATA_DIR to another folder.`,
      );
    }
    throw error;
  }
  return { release: () => db.close() };
}
