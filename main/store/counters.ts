import type { Db } from './open-database.ts';
import { statement } from './statements.ts';

/** SQL that takes the next number of `count` named counters, by count. */
const takingSql: string[] = [];

/**
 * Takes the next number of each named counter (each starting at 1), in one statement.
 * Every number the kiosk hands out lives in the one small counters table, so a
 * submission's numbers share a page; and a Send takes its three at once, because each
 * statement costs a Send about 10 µs of CPU when the caches are cold (see the README's
 * durable figures).
 * The names must differ. Returns the numbers in the order of the names.
 */
export function takeNumbers(db: Db, names: readonly string[]): number[] {
  const sql = (takingSql[names.length] ??=
    `INSERT INTO counters (name, last) VALUES ${Array<string>(names.length).fill('(?, 1)').join(', ')}
     ON CONFLICT (name) DO UPDATE SET last = last + 1 RETURNING name, last`);
  const taken = statement(db, sql)
    .raw()
    .all(...names) as [string, number][];
  // RETURNING gives its rows in no promised order.
  return names.map((name) => taken.find((row) => row[0] === name)![1]);
}

/** Takes the next number of a named counter (starting at 1). */
export const nextNumber = (db: Db, name: string): number => takeNumbers(db, [name])[0]!;

/** A named counter's value, or undefined before it is first set. */
export function counterValue(db: Db, name: string): number | undefined {
  return statement(db, 'SELECT last FROM counters WHERE name = ?').pluck().get(name) as number | undefined;
}

/** Sets a named counter, for marks that move forward through a table (sync, purge, tallies, the print queue). */
export function setCounter(db: Db, name: string, value: number): void {
  statement(
    db,
    'INSERT INTO counters (name, last) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET last = excluded.last',
  ).run(name, value);
}

/**
 * The next number in the kiosk's one sequence of events for the hub: requests carry theirs
 * in their row, other events are outbox rows with it as their id. The hub acknowledges by
 * this number.
 */
export const EVENT_SEQ = 'sync/seq';
export const nextEventSeq = (db: Db): number => nextNumber(db, EVENT_SEQ);
