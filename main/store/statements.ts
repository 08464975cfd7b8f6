import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Prepares each SQL text once per connection. Preparing costs about as much as a small
 * insert, and a submission runs seven statements inside one transaction.
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let prepared = perDb.get(sql);
  if (!prepared) perDb.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
