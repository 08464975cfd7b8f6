/**
 * Kiosks' audit trails at the hub: each 'audit.recorded' event projected into kiosk_audit
 * at ingestion (in the same statement that stores the event), and read by admins newest
 * first. The rows refuse UPDATE and DELETE, as the hub's own audit log does.
 */
import { z } from 'zod';
import type { Queryable } from '../store/store.ts';

/** A part of ingestion's one statement (hub/sync/ingest.ts): `stored` is the batch's new events. */
export const KIOSK_AUDIT_PROJECTION = `, kiosk_audit_added AS (
  INSERT INTO kiosk_audit (kiosk_id, entry_id, seq, at, actor, action, subject, detail, prev_hash, hash)
  SELECT $1, (data->>'id')::bigint, seq, (data->>'at')::timestamptz, data->>'actor', data->>'action',
         data->>'subject', data->>'detail', data->>'prevHash', data->>'hash'
  FROM stored WHERE kind = 'audit.recorded'
  ON CONFLICT (kiosk_id, entry_id) DO NOTHING
)`;

export const KioskAuditQuery = z
  .object({
    kiosk: z.string().max(3).optional(),
    /** The `next` of the previous page: where the next page continues. */
    before: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_\d+_\d+$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const KioskAuditEntry = z.object({
  kiosk: z.string(),
  id: z.number(),
  at: z.date(),
  actor: z.string().nullable(),
  /** The staff member's name as the hub's roster has it now; null for the kiosk itself or a kiosk-made account. */
  actorName: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type KioskAuditEntry = z.infer<typeof KioskAuditEntry>;

export async function listKioskAudit(
  q: Queryable,
  query: z.infer<typeof KioskAuditQuery>,
): Promise<{ entries: KioskAuditEntry[]; next: string | null }> {
  const [at = null, kioskId = null, entryId = null] = query.before?.split('_') ?? [];
  const rows = await q.query<Omit<KioskAuditEntry, 'detail' | 'id'> & { id: string; kiosk_id: number; detail: string }>(
    `SELECT k.prefix AS kiosk, a.kiosk_id, a.entry_id AS id, a.at, a.actor, s.name AS "actorName", a.action,
            a.subject, a.detail
     FROM kiosk_audit a JOIN kiosks k USING (kiosk_id) LEFT JOIN kiosk_staff s ON s.staff_number = a.actor
     WHERE ($1::text IS NULL OR k.prefix = $1)
       AND ($2::timestamptz IS NULL OR (a.at, a.kiosk_id, a.entry_id) < ($2, $3::integer, $4::bigint))
     ORDER BY a.at DESC, a.kiosk_id DESC, a.entry_id DESC LIMIT $5`,
    [query.kiosk ?? null, at, kioskId, entryId, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page.map(({ kiosk_id: _kioskId, ...r }) => ({
      ...r,
      id: Number(r.id),
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    })),
    next: rows.length > query.limit && last ? `${last.at.toISOString()}_${last.kiosk_id}_${last.id}` : null,
  };
}
