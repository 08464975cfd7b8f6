import { counterValue, setCounter } from './counters.ts';
import type { Db } from './open-database.ts';
import { statement } from './statements.ts';

/** Requests counted per step, so a long backlog never holds the kiosk for long. */
const STEP = 20_000;

/**
 * Counts requests filed since a mark into a table of day tallies, a step at a time, each
 * request once, ever: `select` groups the requests from (?) up to a step (?) into rows with
 * their count `n` and highest `last` id; `add` adds one row's `values` and then its count.
 * Returns how many requests it counted.
 */
export function tallyForward<Row extends { n: number; last: number }>(
  db: Db,
  mark: string,
  sql: { select: string; add: string },
  values: (row: Row) => unknown[],
): number {
  let counted = 0;
  for (;;) {
    const step = db.transaction(() => {
      const from = (counterValue(db, mark) ?? 0) + 1;
      const add = statement(db, sql.add);
      let last = from - 1;
      let n = 0;
      for (const row of statement(db, sql.select).all(from, STEP) as Row[]) {
        add.run(...values(row), row.n);
        last = Math.max(last, row.last);
        n += row.n;
      }
      if (n > 0) setCounter(db, mark, last);
      return n;
    })();
    counted += step;
    if (step < STEP) return counted;
  }
}
