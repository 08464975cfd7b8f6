import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../../../hub/store/migrate.ts';
import { openPostgresStore } from '../../../../hub/store/postgres-store.ts';
import { emptyDatabase, STORE_KINDS } from '../harness/test-database.ts';

describe.each(STORE_KINDS)('migrations on %s', (kind) => {
  it('builds the schema from nothing once, and finds nothing to do the second time', async () => {
    const db = await emptyDatabase(kind, 'migrate');
    try {
      expect(await migrate(db.store)).toEqual(readMigrations().map((m) => m.name));
      expect(await migrate(db.store)).toEqual([]);
      const tables = await db.store.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['events', 'requests', 'kiosks', 'audit_log']),
      );
    } finally {
      await db.close();
    }
  });

  it('refuses a database that a newer hub migrated, and a migration changed after it ran', async () => {
    const db = await emptyDatabase(kind, 'migrate_newer');
    try {
      const migrations = readMigrations();
      await migrate(db.store, migrations);
      await db.store.query(`INSERT INTO schema_migrations (name, checksum) VALUES ('9999-from-the-future', 'x')`);
      await expect(migrate(db.store, migrations)).rejects.toThrow(
        'The database was migrated by a newer hub (step 9999-from-the-future); run that version of the hub, or restore a backup.',
      );
      await db.store.query(`DELETE FROM schema_migrations WHERE name = '9999-from-the-future'`);
      const edited = migrations.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
      await expect(migrate(db.store, edited)).rejects.toThrow(
        /^Migration 0001-initial was changed after it ran on this database/,
      );
    } finally {
      await db.close();
    }
  });

  it('keeps kiosk rows for ever, so a prefix is never handed out twice', async () => {
    const db = await emptyDatabase(kind, 'migrate_kiosks');
    try {
      await migrate(db.store);
      await db.store.query(`INSERT INTO kiosks (prefix, name, service_unit, address) VALUES ('K3A', 'a', 'b', 'c')`);
      await expect(db.store.query('DELETE FROM kiosks')).rejects.toThrow(/never changed or removed/);
      await expect(
        db.store.query(`INSERT INTO kiosks (prefix, name, service_unit, address) VALUES ('K3A', 'd', 'e', 'f')`),
      ).rejects.toThrow(/unique/);
      await expect(
        db.store.query(`INSERT INTO kiosks (prefix, name, service_unit, address) VALUES ('K0A', 'd', 'e', 'f')`),
      ).rejects.toThrow(/check/);
    } finally {
      await db.close();
    }
  });
});

describe('migrations on PostgreSQL with several hubs starting at once', () => {
  it('lets one migrate while the others wait, and none fails', async () => {
    const db = await emptyDatabase('postgres', 'migrate_race');
    const others = [openPostgresStore(db.url!, 2), openPostgresStore(db.url!, 2)];
    try {
      const ran = await Promise.all([db.store, ...others].map((store) => migrate(store)));
      expect(ran.filter((names) => names.length > 0)).toHaveLength(1);
    } finally {
      for (const store of others) await store.close();
      await db.close();
    }
  });
});
