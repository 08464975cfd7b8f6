/**
 * The agency's list of requests across kiosks: filters on service, kiosk, status, time and
 * tracking code, newest first, in pages that continue after the last row seen (keyset),
 * so page 500 costs what page 1 costs and rows arriving meanwhile do not shift pages.
 */
import { z } from 'zod';
import { RequestStatus } from '../../sync/feed.ts';
import { KioskPrefix, TrackingCode, normaliseCode, prefixOf } from '../../sync/identifiers.ts';
import { ZonedTime } from '../../sync/events.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';
import { currentCatalog } from '../catalog/catalogs.ts';
import type { Catalog } from '../../sync/catalog-schema.ts';
import { OPEN_STATUS_SQL } from './open-statuses.ts';
import { agencyToday, lastOverdueFilingDay } from './deadline.ts';

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(50));

export const RequestFilter = z
  .object({
    service: list(z.string().regex(/^[a-z][a-z0-9-]*$/)).optional(),
    kiosk: list(KioskPrefix).optional(),
    status: list(RequestStatus).optional(),
    unit: z.string().max(80).optional(),
    /** requested_at >= from */
    from: ZonedTime.optional(),
    /** requested_at < to */
    to: ZonedTime.optional(),
    tracking: z.string().transform(normaliseCode).pipe(TrackingCode).optional(),
    /** Only requests still open after their service's promised working days (deadline.ts). */
    overdue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** The `next` of the previous page. */
    after: z.string().max(200).optional(),
  })
  .strict();
export type RequestFilter = z.infer<typeof RequestFilter>;

export const RequestSummary = z.object({
  trackingCode: z.string(),
  /** Where it was filed: a kiosk, or a partner system through Open311. */
  kiosk: z.object({ prefix: z.string(), name: z.string(), channel: z.enum(['kiosk', 'open311']) }),
  serviceCode: z.string(),
  status: RequestStatus,
  statusChangedAt: z.date().nullable(),
  requestedAt: z.date(),
  receivedAt: z.date(),
  language: z.string(),
  counter: z.string(),
  queueDay: z.string(),
  /** Null for a partner's request, which has no queue ticket. */
  queueNumber: z.number().nullable(),
  catalogVersion: z.string().nullable(),
  assisted: z.boolean(),
  assignedUnit: z.string().nullable(),
});
export type RequestSummary = z.infer<typeof RequestSummary>;

export interface SummaryRow {
  tracking_code: string;
  kiosk_id: number;
  prefix: string;
  kiosk_name: string;
  channel: 'kiosk' | 'open311';
  service_code: string;
  status: RequestStatus;
  status_changed_at: Date | null;
  requested_at: Date;
  received_at: Date;
  language: string;
  counter: string;
  queue_day: string;
  queue_number: number | null;
  catalog_version: string | null;
  assisted_by: string | null;
  assigned_unit: string | null;
}

export const SUMMARY_SELECT = `
  SELECT r.tracking_code, r.kiosk_id, k.prefix, k.name AS kiosk_name, k.channel, r.service_code, r.status, r.status_changed_at,
         r.requested_at, r.received_at, r.language, r.counter, r.queue_day, r.queue_number, r.catalog_version,
         r.assisted_by, r.assigned_unit
  FROM requests r JOIN kiosks k USING (kiosk_id)`;

export const toSummary = (row: SummaryRow): RequestSummary => ({
  trackingCode: row.tracking_code,
  kiosk: { prefix: row.prefix, name: row.kiosk_name, channel: row.channel },
  serviceCode: row.service_code,
  status: row.status,
  statusChangedAt: row.status_changed_at,
  requestedAt: row.requested_at,
  receivedAt: row.received_at,
  language: row.language,
  counter: row.counter,
  queueDay: row.queue_day,
  queueNumber: row.queue_number,
  catalogVersion: row.catalog_version,
  assisted: row.assisted_by !== null,
  assignedUnit: row.assigned_unit,
});

const Position = z.tuple([z.iso.datetime(), z.number().int(), TrackingCode]);

function readAfter(after: string): z.infer<typeof Position> {
  try {
    return Position.parse(JSON.parse(Buffer.from(after, 'base64url').toString('utf8')));
  } catch {
    throw new HubError('bad-request', '"after" is not the "next" of an earlier page; start again from the first page.');
  }
}

function writeAfter(row: SummaryRow): string {
  const key = [row.requested_at.toISOString(), row.kiosk_id, row.tracking_code];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export async function listRequests(
  q: Queryable,
  filter: RequestFilter,
): Promise<{ requests: RequestSummary[]; next: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.tracking) {
    add((p) => `k.prefix = ${p}`, prefixOf(filter.tracking));
    add((p) => `r.tracking_code = ${p}`, filter.tracking);
  }
  if (filter.service?.length) add((p) => `r.service_code = ANY(${p}::text[])`, filter.service);
  if (filter.kiosk?.length) add((p) => `k.prefix = ANY(${p}::text[])`, filter.kiosk);
  if (filter.status?.length) add((p) => `r.status = ANY(${p}::text[])`, filter.status);
  if (filter.unit) add((p) => `r.assigned_unit = ${p}`, filter.unit);
  if (filter.overdue) {
    const { services, lastDays } = await overdueCutoffs(q);
    where.push(`r.status IN ${OPEN_STATUS_SQL}`);
    params.push(services, lastDays);
    where.push(
      `EXISTS (SELECT 1 FROM unnest($${params.length - 1}::text[], $${params.length}::date[]) AS c(code, last_day)
       WHERE c.code = r.service_code AND r.queue_day <= c.last_day)`,
    );
  }
  if (filter.from) add((p) => `r.requested_at >= ${p}::timestamptz`, filter.from);
  if (filter.to) add((p) => `r.requested_at < ${p}::timestamptz`, filter.to);
  if (filter.after) {
    const [at, kioskId, code] = readAfter(filter.after);
    params.push(at, kioskId, code);
    const n = params.length;
    where.push(`(r.requested_at, r.kiosk_id, r.tracking_code) < ($${n - 2}::timestamptz, $${n - 1}::int, $${n}::text)`);
  }
  params.push(filter.limit + 1);
  const rows = await q.query<SummaryRow>(
    `${SUMMARY_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY r.requested_at DESC, r.kiosk_id DESC, r.tracking_code DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, filter.limit);
  return {
    requests: page.map(toSummary),
    next: rows.length > filter.limit ? writeAfter(page.at(-1)!) : null,
  };
}

/**
 * For each service of the current catalog that promises a time, the last filing day whose
 * deadline has passed; services that promise none are never overdue.
 */
async function overdueCutoffs(q: Queryable): Promise<{ services: string[]; lastDays: string[] }> {
  const catalog = (await currentCatalog(q))?.catalog as Catalog | undefined;
  const today = agencyToday();
  const promising = (catalog?.services ?? []).filter((s) => s.standard.promisedWorkingDays !== undefined);
  return {
    services: promising.map((s) => s.service_code),
    lastDays: promising.map((s) => lastOverdueFilingDay(today, s.standard.promisedWorkingDays!)),
  };
}
