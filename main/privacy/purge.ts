/**
 * Personal data leaves the kiosk when its purpose is met: a service's retention (catalog)
 * counts from the moment the hub confirmed it holds the request. The purge empties the
 * sealed answers; the request's non-personal record (code, service, times, status) stays.
 * With secure_delete on (store/open-database.ts) the old bytes are overwritten in the file, and a
 * checkpoint then empties the WAL that still held them.
 *
 * Requests reach the hub in order, so the synced ones come first: one pass from the
 * 'purge/from' mark (every request before it is purged) to the first request not yet synced
 * sees each request at most until it is purged, never the whole table. The sealed parts of
 * outbox events (survey suggestions) go the same way (purge-outbox.ts).
 */
import { counterValue, setCounter } from '../store/counters.ts';
import { DEFAULT_RETENTION, type Catalog } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { statement } from '../store/statements.ts';
import { COMPLAINT_SERVICE } from '../store/complaints-repo.ts';
import { purgeSealedOutbox } from './purge-outbox.ts';

const MARK = 'purge/from';
const DAY_MS = 86_400_000;
/** Rows looked at in one pass, so a pass stays short whatever is left behind. */
const PASS_LIMIT = 5000;

export interface RetentionReport {
  /** Requests and outbox events whose personal data this pass emptied. */
  purged: number;
  /** The oldest request the hub has not yet confirmed, if any. */
  oldestUnsynced: { trackingCode: string; requestedAt: string } | null;
  /** Since when that request has been overdue for sync (its service's unsyncedAlertDays); null if it is not. */
  syncOverdueSince: string | null;
}

interface Row {
  id: number;
  tracking_code: string;
  service_code: string;
  requested_at: string;
  synced_at: string | null;
  purged: number;
}

export function purgeExpired(db: Db, catalog: Catalog, now: Date): RetentionReport {
  const retentionOf = (serviceCode: string) =>
    (serviceCode === COMPLAINT_SERVICE
      ? catalog.complaints?.retention
      : catalog.services.find((s) => s.service_code === serviceCode)?.retention) ?? DEFAULT_RETENTION;
  const from = counterValue(db, MARK);
  const rows = statement(
    db,
    `SELECT id, tracking_code, service_code, requested_at, synced_at, answers IS NULL AS purged
     FROM requests WHERE id >= ? ORDER BY id LIMIT ?`,
  ).all(from ?? 1, PASS_LIMIT) as Row[];

  const due: number[] = [];
  let mark = from ?? 1;
  let markMoves = true;
  let oldest: Row | undefined;
  for (const row of rows) {
    if (row.synced_at === null) {
      oldest = row;
      break;
    }
    const expires = Date.parse(row.synced_at) + retentionOf(row.service_code).daysAfterSync * DAY_MS;
    const purged = row.purged === 1 || expires <= now.getTime();
    if (purged && row.purged === 0) due.push(row.id);
    // The mark passes only an unbroken run of purged requests.
    if (purged && markMoves) mark = row.id + 1;
    else markMoves = false;
  }

  const suggestions = purgeSealedOutbox(db, retentionOf(COMPLAINT_SERVICE).daysAfterSync, now);
  if (due.length > 0 || mark !== from) {
    db.transaction(() => {
      const purge = statement(db, 'UPDATE requests SET answers = NULL, purged_at = ? WHERE id = ?');
      for (const id of due) purge.run(now.toISOString(), id);
      setCounter(db, MARK, mark);
    })();
  }
  // The WAL still holds the pages as they were, sealed answers and all: fold it in and empty it.
  if (due.length + suggestions > 0) db.pragma('wal_checkpoint(TRUNCATE)');

  const alertAfter = oldest && retentionOf(oldest.service_code).unsyncedAlertDays * DAY_MS;
  const overdueAt = oldest && Date.parse(oldest.requested_at) + alertAfter!;
  return {
    purged: due.length + suggestions,
    oldestUnsynced: oldest ? { trackingCode: oldest.tracking_code, requestedAt: oldest.requested_at } : null,
    syncOverdueSince: overdueAt !== undefined && overdueAt <= now.getTime() ? new Date(overdueAt).toISOString() : null,
  };
}
