/**
 * What a citizen typed for an outbox event (a survey's suggestion) is sealed beside it and
 * is personal data like a request's answers: once the hub has confirmed the event and the
 * retention has run, the sealed part is emptied; the event's open payload stays.
 *
 * A suggestion is "saran dan masukan", which the complaints desk handles, so it is kept as
 * long as the desk's complaints (the catalog's `complaints.retention`).
 *
 * Outbox rows are confirmed in id order, so one pass from the 'purge/outbox-from' mark to
 * the first row not yet sent sees each row at most until it is past, never the whole table.
 */
import { counterValue, setCounter } from '../store/counters.ts';
import type { Db } from '../store/open-database.ts';
import { statement } from '../store/statements.ts';

const MARK = 'purge/outbox-from';
const DAY_MS = 86_400_000;
const PASS_LIMIT = 5000;

interface Row {
  id: number;
  sent_at: string | null;
  sealed: number;
}

/** Empties the sealed parts past their retention; returns how many it emptied. */
export function purgeSealedOutbox(db: Db, daysAfterSync: number, now: Date): number {
  const from = counterValue(db, MARK) ?? 1;
  const rows = statement(
    db,
    'SELECT id, sent_at, sealed IS NOT NULL AS sealed FROM outbox WHERE id >= ? ORDER BY id LIMIT ?',
  ).all(from, PASS_LIMIT) as Row[];

  const due: number[] = [];
  let mark = from;
  for (const row of rows) {
    if (row.sent_at === null || Date.parse(row.sent_at) + daysAfterSync * DAY_MS > now.getTime()) break;
    if (row.sealed === 1) due.push(row.id);
    mark = row.id + 1;
  }
  if (mark === from) return 0;
  db.transaction(() => {
    const empty = statement(db, 'UPDATE outbox SET sealed = NULL WHERE id = ?');
    for (const id of due) empty.run(id);
    setCounter(db, MARK, mark);
  })();
  return due.length;
}
