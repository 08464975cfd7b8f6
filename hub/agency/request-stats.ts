/**
 * Counts for the console's dashboard: requests per day (the kiosk's own calendar day) and
 * service, per kiosk, and per status, within a time window and optional filters; and per
 * service, how many of the finished requests were finished within the promised time.
 */
import { z } from 'zod';
import { RequestStatus } from '../../sync/feed.ts';
import { KioskPrefix } from '../../sync/identifiers.ts';
import { ZonedTime } from '../../sync/events.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';
import type { Catalog } from '../../sync/catalog-schema.ts';
import { currentCatalog } from '../catalog/catalogs.ts';
import { AGENCY_TIME_ZONE, deadlineOf } from './deadline.ts';

/** A year and a bit: enough for annual reports, bounded so one call cannot scan everything. */
const MAX_DAYS = 400;

export const StatsQuery = z
  .object({
    from: ZonedTime,
    to: ZonedTime,
    kiosk: KioskPrefix.optional(),
    service: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
  })
  .strict();

export const Stats = z.object({
  perDay: z.array(z.object({ day: z.string(), serviceCode: z.string(), count: z.number() })),
  perKiosk: z.array(z.object({ kiosk: z.string(), count: z.number() })),
  perStatus: z.array(z.object({ status: RequestStatus, count: z.number() })),
  /** Done requests of services that promise a time, and how many were done by their deadline. */
  onTime: z.array(z.object({ serviceCode: z.string(), done: z.number(), onTime: z.number() })),
});

export async function requestStats(q: Queryable, query: z.infer<typeof StatsQuery>): Promise<z.infer<typeof Stats>> {
  const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
  if (!(days > 0 && days <= MAX_DAYS)) {
    throw new HubError('bad-request', `"to" must come after "from", at most ${MAX_DAYS} days later.`);
  }
  const scope = `FROM requests r JOIN kiosks k USING (kiosk_id)
    WHERE r.requested_at >= $1::timestamptz AND r.requested_at < $2::timestamptz
      AND ($3::text IS NULL OR k.prefix = $3) AND ($4::text IS NULL OR r.service_code = $4)`;
  const params = [query.from, query.to, query.kiosk ?? null, query.service ?? null];
  return {
    perDay: await q.query(
      `SELECT r.queue_day AS day, r.service_code AS "serviceCode", count(*)::int AS count ${scope} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    ),
    perKiosk: await q.query(`SELECT k.prefix AS kiosk, count(*)::int AS count ${scope} GROUP BY 1 ORDER BY 1`, params),
    perStatus: await q.query(`SELECT r.status, count(*)::int AS count ${scope} GROUP BY 1 ORDER BY 1`, params),
    onTime: await onTime(q, scope, params),
  };
}

/** Done requests grouped by filing and finishing day, each group held against its deadline. */
async function onTime(q: Queryable, scope: string, params: unknown[]): Promise<z.infer<typeof Stats>['onTime']> {
  const catalog = (await currentCatalog(q))?.catalog as Catalog | undefined;
  const promised = new Map(
    (catalog?.services ?? []).flatMap((s) =>
      s.standard.promisedWorkingDays === undefined ? [] : [[s.service_code, s.standard.promisedWorkingDays] as const],
    ),
  );
  const groups = await q.query<{ service_code: string; queue_day: string; done_day: string; count: number }>(
    `SELECT r.service_code, r.queue_day, (r.status_changed_at AT TIME ZONE '${AGENCY_TIME_ZONE}')::date AS done_day,
            count(*)::int AS count
     ${scope} AND r.status = 'done' GROUP BY 1, 2, 3`,
    params,
  );
  const totals = new Map<string, { done: number; onTime: number }>();
  for (const g of groups) {
    const days = promised.get(g.service_code);
    if (days === undefined) continue;
    const total = totals.get(g.service_code) ?? { done: 0, onTime: 0 };
    total.done += g.count;
    if (g.done_day <= deadlineOf(g.queue_day, days)) total.onTime += g.count;
    totals.set(g.service_code, total);
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([serviceCode, t]) => ({ serviceCode, ...t }));
}
