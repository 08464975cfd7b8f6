import type Database from 'better-sqlite3';
import { migrations, type MigrationContext } from './migrations/index.ts';

/**
 * Brings the file up to the newest schema (or `target`), one migration per user_version
 * step; returns how many steps ran.
 */
export function migrate(db: Database.Database, context: MigrationContext, target = migrations.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The data file was written by a newer Serambi (schema ${current}, this one knows ${migrations.length}); update Serambi or restore a backup.`,
    );
  }
  for (let version = current; version < target; version++) {
    const step = migrations[version]!;
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    if (step.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        step.up(db, context);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`${step.name} would leave ${broken.length} broken reference(s).`);
        db.pragma(`user_version = ${version + 1}`);
      })();
    } finally {
      db.pragma(`foreign_keys = ${foreignKeys}`);
    }
  }
  return Math.max(0, target - current);
}
