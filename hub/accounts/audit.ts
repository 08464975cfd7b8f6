/**
 * The audit trail: one row per change an account makes, written in the same transaction as
 * the change. The table refuses UPDATE, DELETE and TRUNCATE (migration 0001).
 */
import type { Queryable } from '../store/store.ts';

/** Who acts: an account, or the hub's command line (null). */
export type Actor = { accountId: number; username: string } | null;

export async function audit(
  q: Queryable,
  actor: Actor,
  action: string,
  subject: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await q.query('INSERT INTO audit_log (account_id, action, subject, detail) VALUES ($1, $2, $3, $4)', [
    actor?.accountId ?? null,
    action,
    subject,
    JSON.stringify(detail),
  ]);
}
