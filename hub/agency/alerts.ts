/** What staff should look at soon: citizens who called for help and receipts that did not print. */
import { z } from 'zod';
import type { Queryable } from '../store/store.ts';

export const AlertsQuery = z
  .object({
    kiosk: z.string().optional(),
    /** Only what happened at or after this time; the last 24 hours by default. */
    since: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const Alerts = z.object({
  helpCalls: z.array(
    z.object({ kiosk: z.string(), requestedAt: z.date(), screen: z.string(), serviceCode: z.string().nullable() }),
  ),
  printFailures: z.array(
    z.object({ kiosk: z.string(), trackingCode: z.string(), failedAt: z.date(), reason: z.string() }),
  ),
});

export async function listAlerts(q: Queryable, query: z.infer<typeof AlertsQuery>): Promise<z.infer<typeof Alerts>> {
  const params = [query.since ?? new Date(Date.now() - 86_400_000).toISOString(), query.kiosk ?? null, query.limit];
  const scope = `JOIN kiosks k USING (kiosk_id) WHERE ($2::text IS NULL OR k.prefix = $2)`;
  const helpCalls = await q.query<{ kiosk: string; requestedAt: Date; screen: string; serviceCode: string | null }>(
    `SELECT k.prefix AS kiosk, h.requested_at AS "requestedAt", h.screen, h.service_code AS "serviceCode"
     FROM help_calls h ${scope} AND h.requested_at >= $1::timestamptz ORDER BY h.requested_at DESC LIMIT $3`,
    params,
  );
  const printFailures = await q.query<{ kiosk: string; trackingCode: string; failedAt: Date; reason: string }>(
    `SELECT k.prefix AS kiosk, p.tracking_code AS "trackingCode", p.failed_at AS "failedAt", p.reason
     FROM print_failures p ${scope} AND p.failed_at >= $1::timestamptz ORDER BY p.failed_at DESC LIMIT $3`,
    params,
  );
  return { helpCalls, printFailures };
}
