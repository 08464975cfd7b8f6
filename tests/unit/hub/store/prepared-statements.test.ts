import { inject, it, expect } from 'vitest';
import { createDatabase } from '../../../fixtures/postgres.ts';
import { migrate } from '../../../../hub/store/migrate.ts';
import { openPostgresStore } from '../../../../hub/store/postgres-store.ts';

/** Statements prepared on this store's one connection, by their text. */
const preparedTexts = async (store: ReturnType<typeof openPostgresStore>) =>
  (await store.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).map((r) => r.statement);

it('keeps statements with values prepared, but not those that return every column, which a newer hub may widen', async () => {
  const db = await createDatabase(inject('postgresUrl'), 'prepared');
  // One connection, so what the test reads of pg_prepared_statements is the store's own.
  const store = openPostgresStore(db.url, 1);
  const other = openPostgresStore(db.url, 1);
  try {
    await migrate(other);
    await other.query(
      `INSERT INTO kiosks (prefix, name, service_unit, address) VALUES ('K3A', 'Kios', 'Unit', 'Jl. 1')`,
    );
    const named = 'SELECT name FROM kiosks WHERE prefix = $1';
    const every = 'SELECT * FROM kiosks WHERE prefix = $1';
    for (let i = 0; i < 2; i++) {
      expect(await store.query(named, ['K3A'])).toEqual([{ name: 'Kios' }]);
      expect((await store.query<{ name: string }>(every, ['K3A']))[0]!.name).toBe('Kios');
    }
    expect(await preparedTexts(store)).toEqual([named]);

    // A newer hub's migration, from another process, while this one keeps serving.
    await other.script('ALTER TABLE kiosks ADD COLUMN floor text');
    expect(await store.query(named, ['K3A'])).toEqual([{ name: 'Kios' }]);
    expect(await store.query(every, ['K3A'])).toEqual([expect.objectContaining({ name: 'Kios', floor: null })]);
  } finally {
    await store.close();
    await other.close();
    await db.drop();
  }
});
