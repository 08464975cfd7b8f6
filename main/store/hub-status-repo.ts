/**
 * Each request's status as the agency's hub last gave it (columns from migration 0008).
 * The note to the citizen is sealed: an agent may write anything in it.
 */
import type { LocalizedText } from '../../preload/contract.ts';
import { COMPLAINT_STAGES } from '../../sync/complaint-stages.ts';
import { REQUEST_STATUSES, type RequestStatus as HubState, type StatusChange } from '../../sync/feed.ts';
import type { Db } from './open-database.ts';
import { seal, unseal } from './sealing.ts';
import { statement } from './statements.ts';

export interface HubStatus {
  state: HubState;
  /** When the agency made the change. */
  changedAt: string;
  /** For the citizen, in both languages: why it was rejected, where to collect it. */
  note: LocalizedText | null;
}

const noteAt = (trackingCode: string) => `requests.hub_note/${trackingCode}`;

/**
 * Applies one change to the request it names (found by id, so no index is needed); a
 * change older than the one already held is ignored. A complaint's row takes the change
 * as its LAPOR! stage (hub_stage), a request's as its status; a change that is neither for
 * its row changes nothing. False when the row was not changed.
 */
export function applyStatusChange(db: Db, requestId: number, change: StatusChange): boolean {
  const note = change.note ? seal(db, change.note, noteAt(change.trackingCode)) : null;
  const asRequest = (REQUEST_STATUSES as readonly string[]).includes(change.status) ? change.status : null;
  const asComplaint = (COMPLAINT_STAGES as readonly string[]).includes(change.status) ? change.status : null;
  const result = statement(
    db,
    `UPDATE requests SET hub_status = iif(kind = 'request', ?, hub_status), hub_stage = iif(kind = 'complaint', ?, hub_stage),
       hub_status_at = ?, hub_position = ?, hub_note = ?
     WHERE id = ? AND tracking_code = ? AND (hub_position IS NULL OR hub_position < ?)
       AND iif(kind = 'request', ?, ?) IS NOT NULL`,
  ).run(
    asRequest,
    asComplaint,
    change.changedAt,
    change.position,
    note,
    requestId,
    change.trackingCode,
    change.position,
    asRequest,
    asComplaint,
  );
  return result.changes > 0;
}

export function hubStatusOf(db: Db, requestId: number): HubStatus | null {
  const row = statement(
    db,
    'SELECT tracking_code, hub_status, hub_status_at, hub_note FROM requests WHERE id = ? AND hub_status IS NOT NULL',
  ).get(requestId) as
    { tracking_code: string; hub_status: HubState; hub_status_at: string; hub_note: Uint8Array | null } | undefined;
  if (!row) return null;
  return {
    state: row.hub_status,
    changedAt: row.hub_status_at,
    note: row.hub_note ? unseal<LocalizedText>(db, row.hub_note, noteAt(row.tracking_code)) : null,
  };
}

/** Which catalog version a request was filed against; set in the submission's own transaction. */
export function setCatalogVersion(db: Db, requestId: number, version: string): void {
  statement(db, 'UPDATE requests SET catalog_version = ? WHERE id = ?').run(version, requestId);
}
