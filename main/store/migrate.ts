import type Database from 'better-sqlite3';
import { migrations } from './migrations/index.ts';

/** Brings the file up to the newest schema, one migration per user_version step. */
export function migrate(db: Database.Database, target = migrations.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The data file was written by a newer Serambi (schema ${current}, this one knows ${migrations.length}); update Serambi or restore a backup.`,
    );
  }
  for (let version = current; version < target; version++) {
    const step = migrations[version]!;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
