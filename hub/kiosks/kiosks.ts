/**
 * The kiosk registry: an admin creates a kiosk (which fixes its tracking-code prefix for
 * good), hands out a one-time enrolment code, edits its settings, and revokes it.
 */
import { createHash, randomInt } from 'node:crypto';
import { z } from 'zod';
import { newEnrolmentCode } from '../../sync/enrolment.ts';
import { CODE_ALPHABET, PREFIX_LENGTH, TRAINING_PREFIX } from '../../sync/identifiers.ts';
import { KioskSettingsValues } from '../../sync/feed.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import { UNIQUE_VIOLATION, sqlState, type Queryable, type Store } from '../store/store.ts';

export const ENROLMENT_HOURS = 24;

export const hashCode = (code: string) => createHash('sha256').update(`serambi-enrolment\n${code}`).digest('hex');

export const KioskFields = z
  .object({
    name: z.string().trim().min(1).max(60),
    serviceUnit: z.string().trim().min(1).max(120),
    address: z.string().trim().min(1).max(300),
  })
  .strict();
export type KioskFields = z.infer<typeof KioskFields>;

/** Settings an admin may set beyond name, unit and address. */
export const ExtraSettings = KioskSettingsValues.omit({ name: true, serviceUnit: true, address: true }).strict();

export interface KioskRow {
  kiosk_id: number;
  prefix: string;
  name: string;
  service_unit: string;
  address: string;
  settings: Record<string, unknown>;
  settings_version: number;
  created_at: Date;
  signing_key: string | null;
  box_key: string | null;
  enrolled_at: Date | null;
  app_version: string | null;
  revoked_at: Date | null;
  revoked_reason: string | null;
  channel: 'kiosk' | 'open311';
}

export interface EnrolmentCode {
  code: string;
  expiresAt: Date;
}

export function randomPrefix(): string {
  let prefix = '';
  for (let i = 0; i < PREFIX_LENGTH; i++) prefix += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  // Training codes' prefix is nobody's: a training receipt must never name a real kiosk.
  return prefix === TRAINING_PREFIX ? randomPrefix() : prefix;
}

export async function findKiosk(q: Queryable, prefix: string): Promise<KioskRow> {
  // Open311 partners are rows here too (hub/open311/partners.ts), but never kiosks.
  const [row] = await q.query<KioskRow>(`SELECT * FROM kiosks WHERE prefix = $1 AND channel = 'kiosk'`, [prefix]);
  if (!row) throw new HubError('not-found', `There is no kiosk with prefix ${prefix}.`);
  return row;
}

async function issueCode(q: Queryable, kioskId: number): Promise<EnrolmentCode> {
  await q.query('UPDATE enrolment_codes SET withdrawn_at = now() WHERE kiosk_id = $1 AND used_at IS NULL', [kioskId]);
  const code = newEnrolmentCode();
  const [row] = await q.query<{ expires_at: Date }>(
    `INSERT INTO enrolment_codes (code_hash, kiosk_id, expires_at)
     VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING expires_at`,
    [hashCode(code), kioskId, ENROLMENT_HOURS],
  );
  return { code, expiresAt: row!.expires_at };
}

/**
 * A new kiosk with a prefix no kiosk ever had. The prefix is drawn at random (so prefixes
 * say nothing about order or place) and the unique constraint settles any collision.
 */
export async function createKiosk(
  store: Store,
  actor: Actor,
  fields: KioskFields,
): Promise<{ kiosk: KioskRow; enrolment: EnrolmentCode }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await store.transaction(async (tx) => {
        const [kiosk] = await tx.query<KioskRow>(
          `INSERT INTO kiosks (prefix, name, service_unit, address) VALUES ($1, $2, $3, $4) RETURNING *`,
          [randomPrefix(), fields.name, fields.serviceUnit, fields.address],
        );
        await tx.query('INSERT INTO kiosk_sync (kiosk_id) VALUES ($1)', [kiosk!.kiosk_id]);
        const enrolment = await issueCode(tx, kiosk!.kiosk_id);
        await audit(tx, actor, 'kiosk.created', kiosk!.prefix, fields);
        return { kiosk: kiosk!, enrolment };
      });
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
      if (attempt >= 50) {
        throw new HubError('conflict', 'Almost every kiosk prefix is taken; no prefix is free for a new kiosk.');
      }
    }
  }
}

export async function newEnrolmentCodeFor(q: Queryable, actor: Actor, prefix: string): Promise<EnrolmentCode> {
  const kiosk = await findKiosk(q, prefix);
  if (kiosk.revoked_at) {
    throw new HubError('conflict', `Kiosk ${prefix} is revoked; create a new kiosk instead.`);
  }
  if (kiosk.enrolled_at) {
    throw new HubError(
      'conflict',
      `Kiosk ${prefix} is already enrolled; for a new machine, create a new kiosk and revoke this one.`,
    );
  }
  const code = await issueCode(q, kiosk.kiosk_id);
  await audit(q, actor, 'kiosk.enrolment-code', prefix);
  return code;
}

export async function revokeKiosk(q: Queryable, actor: Actor, prefix: string, reason: string): Promise<KioskRow> {
  const [row] = await q.query<KioskRow>(
    `UPDATE kiosks SET revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, $2)
     WHERE prefix = $1 AND channel = 'kiosk' RETURNING *`,
    [prefix, reason],
  );
  if (!row) throw new HubError('not-found', `There is no kiosk with prefix ${prefix}.`);
  await q.query('UPDATE enrolment_codes SET withdrawn_at = now() WHERE kiosk_id = $1 AND used_at IS NULL', [
    row.kiosk_id,
  ]);
  await audit(q, actor, 'kiosk.revoked', prefix, { reason });
  return row;
}

export async function changeKiosk(
  q: Queryable,
  actor: Actor,
  prefix: string,
  change: Partial<KioskFields> & { settings?: z.infer<typeof ExtraSettings> },
): Promise<KioskRow> {
  const [row] = await q.query<KioskRow>(
    `UPDATE kiosks SET name = coalesce($2, name), service_unit = coalesce($3, service_unit),
       address = coalesce($4, address), settings = coalesce($5::jsonb, settings),
       settings_version = settings_version + 1
     WHERE prefix = $1 AND channel = 'kiosk' RETURNING *`,
    [
      prefix,
      change.name ?? null,
      change.serviceUnit ?? null,
      change.address ?? null,
      change.settings ? JSON.stringify(change.settings) : null,
    ],
  );
  if (!row) throw new HubError('not-found', `There is no kiosk with prefix ${prefix}.`);
  await audit(q, actor, 'kiosk.changed', prefix, change);
  return row;
}

/** What the kiosk's feed carries as its settings. */
export function settingsOf(kiosk: KioskRow): z.infer<typeof KioskSettingsValues> {
  return { ...kiosk.settings, name: kiosk.name, serviceUnit: kiosk.service_unit, address: kiosk.address };
}
