/**
 * One SQL text, one prepared statement per connection, shared by every module that runs it:
 * a module that asks for a plucked value or raw arrays must not change what the next gets.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { statement } from '../../../main/store/statements.ts';

const dbs: Database.Database[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

describe('cached statements', () => {
  it('give every caller whole rows, whatever shape the caller before asked for', () => {
    const db = new Database(':memory:');
    dbs.push(db);
    db.exec(
      `CREATE TABLE counters (name TEXT PRIMARY KEY, last INTEGER); INSERT INTO counters VALUES ('print/from', 42)`,
    );
    const sql = 'SELECT last FROM counters WHERE name = ?';
    expect(statement(db, sql).pluck().get('print/from')).toBe(42);
    expect(statement(db, sql).get('print/from')).toEqual({ last: 42 });
    expect(statement(db, sql).raw().get('print/from')).toEqual([42]);
    expect(statement(db, sql).get('print/from')).toEqual({ last: 42 });
    expect(statement(db, sql)).toBe(statement(db, sql));
  });
});
