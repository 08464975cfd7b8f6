/**
 * An agent moves requests along received -> processing -> ready -> done, or rejects them.
 * Each change is audited and becomes the next position in the kiosk's feed, so it reaches
 * the kiosk at its next sync (or in its next return bundle).
 */
import { z } from 'zod';
import { LocalizedText } from '../../sync/catalog-schema.ts';
import { RequestStatus, canMove } from '../../sync/feed.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';
import { findRequest, readTrackingCode } from './request-detail.ts';

export const StatusChangeInput = z
  .object({
    status: RequestStatus.exclude(['received']),
    /** Why, for the agency's records; the citizen sees the note. */
    reason: z.string().trim().min(1).max(500),
    note: LocalizedText.nullable().default(null),
    /** The status the agent saw; a request changed by someone else meanwhile is refused. */
    expectedStatus: RequestStatus.optional(),
  })
  .strict()
  .refine((c) => c.status !== 'rejected' || c.note !== null, {
    message: 'a rejection needs a note telling the citizen why, in Indonesian and English',
    path: ['note'],
  });
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;

export async function changeStatus(
  q: Queryable,
  actor: Actor,
  input: string,
  change: StatusChangeInput,
): Promise<void> {
  const code = readTrackingCode(input);
  const request = await findRequest(q, code, true);
  if (change.expectedStatus && change.expectedStatus !== request.status) {
    throw new HubError(
      'conflict',
      `Request ${code} is now "${request.status}" (changed meanwhile); look at it again before changing it.`,
    );
  }
  if (!canMove(request.status, change.status)) {
    throw new HubError('conflict', `Request ${code} is "${request.status}" and cannot become "${change.status}".`);
  }
  const changedAt = await appendToFeed(q, actor, request.kiosk_id, code, change.status, change.reason, change.note);
  await q.query('UPDATE requests SET status = $3, status_changed_at = $4 WHERE kiosk_id = $1 AND tracking_code = $2', [
    request.kiosk_id,
    code,
    change.status,
    changedAt,
  ]);
  await audit(q, actor, 'request.status-changed', code, {
    from: request.status,
    to: change.status,
    reason: change.reason,
  });
}

/**
 * Appends a change to the kiosk's feed (status_changes at the kiosk's next position), which
 * is how a request's status and a complaint's LAPOR! stage reach the kiosk. Returns its time.
 */
export async function appendToFeed(
  q: Queryable,
  actor: Actor,
  kioskId: number,
  code: string,
  status: string,
  reason: string,
  note: LocalizedText | null,
): Promise<Date> {
  const [sync] = await q.query<{ status_position: number }>(
    'UPDATE kiosk_sync SET status_position = status_position + 1 WHERE kiosk_id = $1 RETURNING status_position',
    [kioskId],
  );
  const [row] = await q.query<{ changed_at: Date }>(
    `INSERT INTO status_changes (kiosk_id, position, tracking_code, status, reason, note, account_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING changed_at`,
    [kioskId, sync!.status_position, code, status, reason, note && JSON.stringify(note), actor?.accountId ?? null],
  );
  return row!.changed_at;
}
