/**
 * The hub's tests run on both stores: a fresh database on the run's PostgreSQL cluster and
 * a fresh in-memory PGlite, each migrated as the hub would on start-up.
 */
import { inject } from 'vitest';
import { createDatabase } from '../../../fixtures/postgres.ts';
import { migrate } from '../../../../hub/store/migrate.ts';
import { openPgliteStore } from '../../../../hub/store/pglite-store.ts';
import { openPostgresStore } from '../../../../hub/store/postgres-store.ts';
import type { Store } from '../../../../hub/store/store.ts';

export type StoreKind = 'postgres' | 'pglite';
export const STORE_KINDS: StoreKind[] = ['postgres', 'pglite'];

export interface TestDatabase {
  store: Store;
  /** The PostgreSQL URL, for hub processes; null on PGlite. */
  url: string | null;
  close(): Promise<void>;
}

/** A database with nothing in it yet, schema not applied. */
export async function emptyDatabase(kind: StoreKind, label: string): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const store = await openPgliteStore(null);
    return { store, url: null, close: () => store.close() };
  }
  const db = await createDatabase(inject('postgresUrl'), label);
  const store = openPostgresStore(db.url, 10);
  return {
    store,
    url: db.url,
    async close() {
      await store.close();
      await db.drop();
    },
  };
}

export async function testDatabase(kind: StoreKind, label: string): Promise<TestDatabase> {
  const db = await emptyDatabase(kind, label);
  await migrate(db.store);
  return db;
}
