/**
 * One request as an agent sees it: the summary, the answers the citizen gave, and its
 * history. Personal answers (UU PDP) go only to accounts allowed to see them; every view is
 * recorded in the audit trail, saying whether personal data was shown.
 */
import { z } from 'zod';
import { LocalizedText } from '../../sync/catalog-schema.ts';
import { REQUEST_STATUSES, RequestStatus, canMove } from '../../sync/feed.ts';
import { TrackingCode, normaliseCode, prefixOf } from '../../sync/identifiers.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';
import { RequestSummary, SUMMARY_SELECT, toSummary, type SummaryRow } from './request-list.ts';
import { personalFieldsOf } from './personal-fields.ts';

export const HistoryEntry = z.object({
  status: RequestStatus,
  at: z.date(),
  reason: z.string().nullable(),
  note: LocalizedText.nullable(),
  by: z.string().nullable(),
});

export const RequestDetail = z.object({
  request: RequestSummary.extend({
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    /** Fields answered with personal data that this account may not see. */
    hiddenFields: z.array(z.string()),
    noticeVersion: z.string().nullable(),
    assistedBy: z.string().nullable(),
  }),
  history: z.array(HistoryEntry),
  /** Where it may move next (canMove), so the console offers only those. */
  nextStatuses: z.array(RequestStatus),
});
export type RequestDetail = z.infer<typeof RequestDetail>;

/** The canonical code from what was typed, or a sentence saying it cannot be one. */
export function readTrackingCode(input: string): string {
  const code = normaliseCode(input);
  if (!TrackingCode.safeParse(code).success) {
    throw new HubError('bad-request', `"${input.slice(0, 40)}" is not a tracking code; check it against the receipt.`);
  }
  return code;
}

export async function findRequest(q: Queryable, code: string, forUpdate = false): Promise<SummaryRow> {
  const [row] = await q.query<SummaryRow>(
    `${SUMMARY_SELECT} WHERE k.prefix = $1 AND r.tracking_code = $2 ${forUpdate ? 'FOR UPDATE OF r' : ''}`,
    [prefixOf(code), code],
  );
  if (!row) throw new HubError('not-found', `No request with tracking code ${code} has reached the hub.`);
  return row;
}

export async function requestDetail(
  q: Queryable,
  actor: Actor,
  input: string,
  seesPersonalData: boolean,
): Promise<RequestDetail> {
  const code = readTrackingCode(input);
  const row = await findRequest(q, code);
  const [event] = await q.query<{
    data: { answers: Record<string, string | string[]>; noticeVersion: string | null; assistedBy: string | null };
  }>(
    `SELECT e.data FROM events e JOIN requests r ON r.kiosk_id = e.kiosk_id AND r.seq = e.seq
     WHERE r.kiosk_id = $1 AND r.tracking_code = $2`,
    [row.kiosk_id, code],
  );
  const changes = await q.query<{
    status: RequestStatus;
    changed_at: Date;
    reason: string;
    note: z.infer<typeof LocalizedText> | null;
    username: string | null;
  }>(
    `SELECT c.status, c.changed_at, c.reason, c.note, a.username FROM status_changes c
     LEFT JOIN accounts a USING (account_id)
     WHERE c.kiosk_id = $1 AND c.tracking_code = $2 ORDER BY c.position`,
    [row.kiosk_id, code],
  );
  const answers = event!.data.answers;
  const hidden = seesPersonalData ? [] : await personalFieldsOf(q, row, Object.keys(answers));
  await audit(q, actor, 'request.viewed', code, { personalData: seesPersonalData });
  return {
    request: {
      ...toSummary(row),
      answers: Object.fromEntries(Object.entries(answers).filter(([field]) => !hidden.includes(field))),
      hiddenFields: hidden,
      noticeVersion: event!.data.noticeVersion,
      assistedBy: event!.data.assistedBy,
    },
    history: [
      { status: 'received', at: row.requested_at, reason: null, note: null, by: null },
      ...changes.map((c) => ({ status: c.status, at: c.changed_at, reason: c.reason, note: c.note, by: c.username })),
    ],
    nextStatuses: REQUEST_STATUSES.filter((to) => canMove(row.status, to)),
  };
}
