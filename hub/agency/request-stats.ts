/**
 * Counts for the console's dashboard: requests per day (the kiosk's own calendar day) and
 * service, per kiosk, and per status, within a time window and optional filters.
 */
import { z } from 'zod';
import { RequestStatus } from '../../sync/feed.ts';
import { KioskPrefix } from '../../sync/identifiers.ts';
import { ZonedTime } from '../../sync/events.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';

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
  };
}
