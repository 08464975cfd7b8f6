/**
 * The embedded store for trials and training: PGlite (PostgreSQL in WebAssembly) in a
 * folder. One connection, no fsync, one process per folder (held by folder-lock.ts).
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { lockFolder } from './folder-lock.ts';
import { DATE_OID, type Queryable, type Store } from './store.ts';

function queryable(db: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async script(sql: string) {
      await db.exec(sql);
    },
  };
}

/** `folder` null keeps the database in memory (tests). */
export async function openPgliteStore(folder: string | null): Promise<Store> {
  let lock: { release(): void } | undefined;
  if (folder) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    lock = lockFolder(folder);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(folder ? `${folder}/pgdata` : 'memory://', { parsers: { [DATE_OID]: (v) => v } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async close() {
      await db.close();
      lock?.release();
    },
  };
}
