/** The inbox's filtered list as CSV, without any answer the citizen gave. */
import { audit, type Actor } from '../accounts/audit.ts';
import type { Queryable } from '../store/store.ts';
import { toCsv } from './csv.ts';
import { listRequests, type RequestFilter, type RequestSummary } from './request-list.ts';

/** A spreadsheet's worth; a larger extract is a database query, not a download. */
export const MAX_EXPORT_ROWS = 100_000;

const HEADER = [
  'tracking_code',
  'kiosk',
  'kiosk_name',
  'channel',
  'service_code',
  'status',
  'requested_at',
  'status_changed_at',
  'queue_day',
  'counter',
  'queue_number',
  'assigned_unit',
];

const row = (r: RequestSummary) => [
  r.trackingCode,
  r.kiosk.prefix,
  r.kiosk.name,
  r.kiosk.channel,
  r.serviceCode,
  r.status,
  r.requestedAt,
  r.statusChangedAt,
  r.queueDay,
  r.counter,
  r.queueNumber,
  r.assignedUnit,
];

export async function exportRequests(q: Queryable, actor: Actor, filter: RequestFilter): Promise<string> {
  const rows: RequestSummary[] = [];
  let after = filter.after;
  do {
    const page = await listRequests(q, { ...filter, limit: 200, after });
    rows.push(...page.requests);
    after = page.next ?? undefined;
  } while (after && rows.length < MAX_EXPORT_ROWS);
  const { after: _, limit: __, ...shown } = filter;
  await audit(q, actor, 'requests.exported', `${rows.length} requests`, shown);
  return toCsv(HEADER, rows.slice(0, MAX_EXPORT_ROWS).map(row));
}
