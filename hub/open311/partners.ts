/**
 * Partner systems that file requests through Open311 (a regency's website, a complaints
 * desk, a civic app). Each partner is a row of the kiosk registry with channel 'open311',
 * so its requests carry a tracking-code prefix of their own and share the inbox and status
 * flow with kiosks' requests; it holds one API key, shown once, kept as its SHA-256.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { audit, type Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import { randomPrefix } from '../kiosks/kiosks.ts';
import { UNIQUE_VIOLATION, sqlState, type Queryable, type Store } from '../store/store.ts';

export const PartnerFields = z
  .object({
    name: z.string().trim().min(1).max(60),
    /** Who runs it and how to reach them, for the agency's records. */
    contact: z.string().trim().min(1).max(120),
  })
  .strict();

export const Partner = z.object({
  prefix: z.string(),
  name: z.string(),
  contact: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
  revokedReason: z.string().nullable(),
  /** Requests filed so far. */
  requests: z.number(),
});
export type Partner = z.infer<typeof Partner>;

const hashKey = (key: string) => createHash('sha256').update(`serambi-open311\n${key}`).digest('hex');

const SELECT = `SELECT k.prefix, k.name, k.service_unit AS contact, k.created_at AS "createdAt",
    k.revoked_at AS "revokedAt", k.revoked_reason AS "revokedReason", s.acked_seq AS requests
  FROM kiosks k JOIN kiosk_sync s USING (kiosk_id) WHERE k.channel = 'open311'`;

export const listPartners = (q: Queryable): Promise<Partner[]> =>
  q.query<Partner>(`${SELECT} ORDER BY k.revoked_at IS NOT NULL, k.name, k.prefix`);

/** A new partner and its API key; the key is never shown again. */
export async function createPartner(
  store: Store,
  actor: Actor,
  fields: z.infer<typeof PartnerFields>,
): Promise<{ partner: Partner; apiKey: string }> {
  const apiKey = `s311_${randomBytes(24).toString('base64url')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.transaction(async (tx) => {
        const [row] = await tx.query<{ kiosk_id: number; prefix: string }>(
          `INSERT INTO kiosks (prefix, name, service_unit, address, channel) VALUES ($1, $2, $3, '', 'open311')
           RETURNING kiosk_id, prefix`,
          [randomPrefix(), fields.name, fields.contact],
        );
        await tx.query('INSERT INTO kiosk_sync (kiosk_id) VALUES ($1)', [row!.kiosk_id]);
        await tx.query('INSERT INTO open311_keys (kiosk_id, key_hash) VALUES ($1, $2)', [
          row!.kiosk_id,
          hashKey(apiKey),
        ]);
        await audit(tx, actor, 'open311.key-issued', row!.prefix, fields);
        const [partner] = await tx.query<Partner>(`${SELECT} AND k.kiosk_id = $1`, [row!.kiosk_id]);
        return { partner: partner!, apiKey };
      });
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION || attempt >= 50) throw error;
    }
  }
}

export async function revokePartner(q: Queryable, actor: Actor, prefix: string, reason: string): Promise<Partner> {
  const [row] = await q.query<{ kiosk_id: number }>(
    `UPDATE kiosks SET revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, $2)
     WHERE prefix = $1 AND channel = 'open311' RETURNING kiosk_id`,
    [prefix, reason],
  );
  if (!row) throw new HubError('not-found', `There is no Open311 partner with prefix ${prefix}.`);
  await audit(q, actor, 'open311.key-revoked', prefix, { reason });
  const [partner] = await q.query<Partner>(`${SELECT} AND k.kiosk_id = $1`, [row.kiosk_id]);
  return partner!;
}

/** The partner an API key belongs to, or null for a key that is unknown or revoked. */
export async function partnerOfKey(q: Queryable, apiKey: string): Promise<{ kioskId: number; prefix: string } | null> {
  const [row] = await q.query<{ kioskId: number; prefix: string }>(
    `SELECT k.kiosk_id AS "kioskId", k.prefix FROM open311_keys o JOIN kiosks k USING (kiosk_id)
     WHERE o.key_hash = $1 AND k.revoked_at IS NULL`,
    [hashKey(apiKey)],
  );
  return row ?? null;
}
