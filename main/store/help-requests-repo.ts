import type { Db } from './open-database.ts';
import { statement } from './statements.ts';
import { insertOutboxEvent } from './outbox-repo.ts';
import { appendAudit } from './audit-repo.ts';

export interface HelpRequest {
  requestedAt: string;
  screen: string;
  serviceCode: string | null;
}

export interface OpenHelpRequest extends HelpRequest {
  id: number;
}

/**
 * A citizen's call for staff, recorded for the staff view and sent to the hub with the
 * kiosk's other events; returns its id, by which the citizen's screen hears it is attended.
 */
export function insertHelpRequest(db: Db, request: HelpRequest): number {
  return db.transaction(() => {
    const id = statement(db, 'INSERT INTO help_requests (requested_at, screen, service_code) VALUES (?, ?, ?)').run(
      request.requestedAt,
      request.screen,
      request.serviceCode,
    ).lastInsertRowid;
    insertOutboxEvent(db, 'help.called', request, request.requestedAt);
    return Number(id);
  })();
}

/** Calls no staff member has attended yet, oldest first: the officer's list (a partial index holds only these). */
export function openHelpRequests(db: Db): OpenHelpRequest[] {
  return statement(
    db,
    `SELECT id, requested_at AS requestedAt, screen, service_code AS serviceCode
     FROM help_requests WHERE handled_at IS NULL ORDER BY id`,
  ).all() as OpenHelpRequest[];
}

/** An officer is on the way: recorded, with who, in the trail of the database the call is in. */
export function attendHelpRequest(db: Db, id: number, officer: { staffNumber: string }, at: string): boolean {
  return db.transaction(() => {
    const attended = statement(
      db,
      'UPDATE help_requests SET handled_at = ?, attended_by = ? WHERE id = ? AND handled_at IS NULL',
    ).run(at, officer.staffNumber, id).changes;
    if (attended) appendAudit(db, { at, actor: officer.staffNumber, action: 'help.attended', subject: String(id) });
    return attended > 0;
  })();
}
