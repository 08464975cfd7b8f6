/**
 * What the operator's statistics read: requests per kiosk day by service and counter (the
 * request_days tally), calls for staff, and print faults (printer stops and receipts that
 * never printed), for a range of kiosk days.
 */
import { tallyForward } from './tally-forward.ts';
import type { Db } from './open-database.ts';
import { statement } from './statements.ts';
import { queueDay } from '../requests/queue-day.ts';

const TALLY_MARK = 'stats/requests-to';
/** Counts requests filed since the last tally into request_days. Returns how many it counted. */
export const tallyRequests = (db: Db): number =>
  tallyForward<{ day: string; service_code: string; counter: string; n: number; last: number }>(
    db,
    TALLY_MARK,
    {
      select: `SELECT queue_day AS day, service_code, counter, count(*) AS n, max(id) AS last FROM (
                 SELECT id, queue_day, service_code, counter FROM requests WHERE id >= ? ORDER BY id LIMIT ?
               ) GROUP BY queue_day, service_code, counter`,
      add: `INSERT INTO request_days (day, service_code, counter, n) VALUES (?, ?, ?, ?)
            ON CONFLICT (day, service_code, counter) DO UPDATE SET n = n + excluded.n`,
    },
    (row) => [row.day, row.service_code, row.counter],
  );

export interface DayCount {
  day: string;
  n: number;
}

export interface RequestDayCount extends DayCount {
  serviceCode: string;
  counter: string;
}

/** Requests per day, service and counter from `from` to `to` (kiosk days, both included). */
export function requestsPerDay(db: Db, from: string, to: string): RequestDayCount[] {
  return statement(
    db,
    `SELECT day, service_code AS serviceCode, counter, n FROM request_days WHERE day BETWEEN ? AND ? ORDER BY day`,
  ).all(from, to) as RequestDayCount[];
}

/**
 * Times from `from` to `to` as stored (UTC), counted per kiosk day. The range read is a day
 * wider on each side, as a kiosk day starts and ends at another UTC time than its date says.
 */
function perKioskDay(times: string[], from: string, to: string, timeZone: string): DayCount[] {
  const counts = new Map<string, number>();
  for (const at of times) {
    const day = queueDay(new Date(at), timeZone);
    if (day >= from && day <= to) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts].map(([day, n]) => ({ day, n })).sort((a, b) => (a.day < b.day ? -1 : 1));
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString();
const dayAfterNext = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000).toISOString();

export function helpCallsPerDay(db: Db, from: string, to: string, timeZone: string): DayCount[] {
  const times = statement(db, 'SELECT requested_at FROM help_requests WHERE requested_at >= ? AND requested_at < ?')
    .pluck()
    .all(dayBefore(from), dayAfterNext(to)) as string[];
  return perKioskDay(times, from, to, timeZone);
}

export interface FaultDayCount extends DayCount {
  /** What stopped the printer (paperEnd, coverOpen, offline, error), or 'failedReceipt'. */
  kind: string;
}

export function printFaultsPerDay(db: Db, from: string, to: string, timeZone: string): FaultDayCount[] {
  const stops = statement(db, 'SELECT code, began_at FROM printer_faults WHERE began_at >= ? AND began_at < ?').all(
    dayBefore(from),
    dayAfterNext(to),
  ) as Array<{ code: string; began_at: string }>;
  const byKind = new Map<string, string[]>();
  for (const stop of stops) byKind.set(stop.code, [...(byKind.get(stop.code) ?? []), stop.began_at]);
  const counts: FaultDayCount[] = [...byKind].flatMap(([kind, times]) =>
    perKioskDay(times, from, to, timeZone).map((d) => ({ ...d, kind })),
  );
  // Receipts that never printed are few: the partial index holds only those.
  const failed = statement(
    db,
    `SELECT queue_day AS day, count(*) AS n FROM requests
     WHERE print_status = 'failed' AND queue_day BETWEEN ? AND ? GROUP BY queue_day`,
  ).all(from, to) as DayCount[];
  return [...counts, ...failed.map((d) => ({ ...d, kind: 'failedReceipt' }))].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** A printer stop began (the monitor saw a condition); returns its row, to mark it cleared by. */
export function recordPrinterFault(db: Db, code: string, at: string): number {
  return Number(
    statement(db, 'INSERT INTO printer_faults (code, began_at) VALUES (?, ?)').run(code, at).lastInsertRowid,
  );
}

export function clearPrinterFault(db: Db, id: number, at: string): void {
  statement(db, 'UPDATE printer_faults SET cleared_at = ? WHERE id = ?').run(at, id);
}
