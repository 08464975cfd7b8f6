/**
 * Plain-SQL migrations, one file per step (`migrations/NNNN-name.sql`), run in name order
 * inside one transaction. Several hub processes may start at once on one database: an
 * advisory lock makes the others wait, after which they find nothing left to do.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HubSetupError } from '../setup-error.ts';
import type { Store } from './store.ts';

/** Next to this file in the source; copied beside the bundle by scripts/build.mjs. */
const FOLDER = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK_ID = 7_254_010;

export interface Migration {
  name: string;
  sql: string;
}

export function readMigrations(folder = FOLDER): Migration[] {
  return readdirSync(folder)
    .filter((file) => /^\d{4}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: readFileSync(folder + file, 'utf8') }));
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/** Returns the names of the migrations it ran. */
export async function migrate(store: Store, migrations = readMigrations()): Promise<string[]> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
    await tx.script(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, ran_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (await tx.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations')).map((r) => [
        r.name,
        r.checksum,
      ]),
    );
    const known = new Set(migrations.map((m) => m.name));
    const newer = [...done.keys()].find((name) => !known.has(name));
    if (newer) {
      throw new HubSetupError(
        `The database was migrated by a newer hub (step ${newer}); run that version of the hub, or restore a backup.`,
      );
    }
    const ran: string[] = [];
    for (const migration of migrations) {
      const sum = checksum(migration.sql);
      const before = done.get(migration.name);
      if (before === undefined) {
        await tx.script(migration.sql);
        await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [migration.name, sum]);
        ran.push(migration.name);
      } else if (before !== sum) {
        throw new HubSetupError(
          `Migration ${migration.name} was changed after it ran on this database; restore the file as it was and add a new migration instead.`,
        );
      }
    }
    return ran;
  });
}
