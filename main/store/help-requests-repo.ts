import type { Db } from './open-database.ts';
import { statement } from './statements.ts';
import { insertOutboxEvent } from './outbox-repo.ts';

export interface HelpRequest {
  requestedAt: string;
  screen: string;
  serviceCode: string | null;
}

/** A citizen's call for staff, recorded for the staff view and sent to the hub with the kiosk's other events. */
export function insertHelpRequest(db: Db, request: HelpRequest): void {
  db.transaction(() => {
    statement(db, 'INSERT INTO help_requests (requested_at, screen, service_code) VALUES (?, ?, ?)').run(
      request.requestedAt,
      request.screen,
      request.serviceCode,
    );
    insertOutboxEvent(db, 'help.called', request, request.requestedAt);
  })();
}

/** Requests no staff member has marked handled yet, oldest first: what the staff view will list. */
export function openHelpRequests(db: Db): HelpRequest[] {
  return statement(
    db,
    `SELECT requested_at AS requestedAt, screen, service_code AS serviceCode
     FROM help_requests WHERE handled_at IS NULL ORDER BY id`,
  ).all() as HelpRequest[];
}
