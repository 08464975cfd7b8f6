import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Prepares each SQL text once per connection. Preparing costs about as much as a small
 * insert, and every submission runs the same few statements.
 *
 * A cached statement is shared by every caller of the same SQL text, and pluck(), raw() and
 * expand() change it for good: each caller gets it back returning whole rows, and asks for
 * another shape itself. (A counter read plucked by one module once made the print queue
 * read its mark as missing and scan every request from the first.)
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let prepared = perDb.get(sql);
  if (!prepared) perDb.set(sql, (prepared = db.prepare(sql)));
  else if (prepared.reader) prepared.pluck(false).expand(false).raw(false);
  return prepared;
}
