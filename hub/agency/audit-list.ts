/** The audit trail as admins read it: newest first, filtered, in keyset pages. */
import { z } from 'zod';
import type { Queryable } from '../store/store.ts';
import { toCsv } from './csv.ts';

export const AuditQuery = z
  .object({
    account: z.string().optional(),
    action: z.string().max(60).optional(),
    subject: z.string().max(60).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** The `next` of the previous page. */
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const AuditEntry = z.object({
  id: z.number(),
  at: z.date(),
  by: z.string().nullable(),
  action: z.string(),
  subject: z.string(),
  detail: z.record(z.string(), z.unknown()),
});

export async function listAudit(
  q: Queryable,
  query: z.infer<typeof AuditQuery>,
): Promise<{ entries: z.infer<typeof AuditEntry>[]; next: number | null }> {
  const rows = await q.query<z.infer<typeof AuditEntry>>(
    `SELECT l.audit_id AS id, l.at, a.username AS by, l.action, l.subject, l.detail
     FROM audit_log l LEFT JOIN accounts a USING (account_id)
     WHERE ($1::text IS NULL OR a.username = $1) AND ($2::text IS NULL OR l.action = $2)
       AND ($3::text IS NULL OR l.subject = $3) AND ($4::timestamptz IS NULL OR l.at >= $4)
       AND ($5::timestamptz IS NULL OR l.at < $5) AND ($6::bigint IS NULL OR l.audit_id < $6)
     ORDER BY l.audit_id DESC LIMIT $7`,
    [
      query.account ?? null,
      query.action ?? null,
      query.subject ?? null,
      query.from ?? null,
      query.to ?? null,
      query.before ?? null,
      query.limit + 1,
    ],
  );
  const entries = rows.slice(0, query.limit);
  return { entries, next: rows.length > query.limit ? entries.at(-1)!.id : null };
}

/** The filtered audit trail as CSV, newest first, up to `max` entries. */
export async function exportAudit(q: Queryable, query: z.infer<typeof AuditQuery>, max = 100_000): Promise<string> {
  const entries: z.infer<typeof AuditEntry>[] = [];
  let before = query.before;
  do {
    const page = await listAudit(q, { ...query, limit: 500, before });
    entries.push(...page.entries);
    before = page.next ?? undefined;
  } while (before && entries.length < max);
  return toCsv(
    ['id', 'at', 'by', 'action', 'subject', 'detail'],
    entries.slice(0, max).map((e) => [e.id, e.at, e.by, e.action, e.subject, JSON.stringify(e.detail)]),
  );
}
