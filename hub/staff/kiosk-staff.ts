/**
 * The agency's staff at its kiosks: officers and operators who sign in at any kiosk with a
 * badge or their staff number and a 6-digit PIN. Admins manage them here; every kiosk gets
 * the whole roster in its feed (hub/sync/feed.ts) when any account changes.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { formatParams, PIN_COST, stretchPin } from '../../sync/staff-pin.ts';
import { BadgeCode, Pin, StaffName, StaffNumber, StaffRole, type StaffRoster } from '../../sync/staff-roster.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import { UNIQUE_VIOLATION, sqlState, type Queryable } from '../store/store.ts';

export const KioskStaffMember = z.object({
  staffNumber: z.string(),
  name: z.string(),
  role: StaffRole,
  badge: z.string().nullable(),
  disabledReason: z.string().nullable(),
  createdAt: z.date(),
});
export type KioskStaffMember = z.infer<typeof KioskStaffMember>;

export const NewKioskStaff = z
  .object({ staffNumber: StaffNumber, name: StaffName, role: StaffRole, badge: BadgeCode.nullable(), pin: Pin })
  .strict();
export type NewKioskStaff = z.infer<typeof NewKioskStaff>;

export const KioskStaffChange = z
  .object({
    name: StaffName.optional(),
    role: StaffRole.optional(),
    badge: BadgeCode.nullable().optional(),
    pin: Pin.optional(),
    /** A reason disables the account at every kiosk after its next sync; null enables it again. */
    disabledReason: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .strict();
export type KioskStaffChange = z.infer<typeof KioskStaffChange>;

interface Row {
  staff_number: string;
  name: string;
  role: KioskStaffMember['role'];
  badge: string | null;
  pin_salt: Buffer;
  pin_params: string;
  pin_stretched: Buffer;
  disabled_reason: string | null;
  created_at: Date;
}

const member = (r: Row): KioskStaffMember => ({
  staffNumber: r.staff_number,
  name: r.name,
  role: r.role,
  badge: r.badge,
  disabledReason: r.disabled_reason,
  createdAt: r.created_at,
});

async function stretched(pin: string): Promise<{ salt: Buffer; params: string; stretched: Buffer }> {
  const salt = randomBytes(16);
  return { salt, params: formatParams(PIN_COST), stretched: await stretchPin(pin, salt, PIN_COST) };
}

function taken(error: unknown, staffNumber: string): never {
  if (sqlState(error) === UNIQUE_VIOLATION) {
    throw new HubError('conflict', `Staff number ${staffNumber} or its badge already belongs to another account.`);
  }
  throw error;
}

export async function listKioskStaff(q: Queryable): Promise<KioskStaffMember[]> {
  return (await q.query<Row>('SELECT * FROM kiosk_staff ORDER BY name, staff_number')).map(member);
}

export async function createKioskStaff(tx: Queryable, actor: Actor, input: NewKioskStaff): Promise<KioskStaffMember> {
  const pin = await stretched(input.pin);
  let rows: Row[];
  try {
    rows = await tx.query<Row>(
      `INSERT INTO kiosk_staff (staff_number, name, role, badge, pin_salt, pin_params, pin_stretched)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [input.staffNumber, input.name, input.role, input.badge, pin.salt, pin.params, pin.stretched],
    );
  } catch (error) {
    taken(error, input.staffNumber);
  }
  // Never the PIN: the trail says an account exists, with its role.
  await audit(tx, actor, 'kiosk-staff.created', input.staffNumber, { role: input.role, badge: input.badge !== null });
  return member(rows[0]!);
}

export async function changeKioskStaff(
  tx: Queryable,
  actor: Actor,
  staffNumber: string,
  change: KioskStaffChange,
): Promise<KioskStaffMember> {
  const pin = change.pin === undefined ? null : await stretched(change.pin);
  let rows: Row[];
  try {
    rows = await tx.query<Row>(
      `UPDATE kiosk_staff SET
         name = coalesce($2, name), role = coalesce($3, role),
         badge = CASE WHEN $4 THEN $5 ELSE badge END,
         pin_salt = coalesce($6, pin_salt), pin_params = coalesce($7, pin_params), pin_stretched = coalesce($8, pin_stretched),
         disabled_reason = CASE WHEN $9 THEN $10 ELSE disabled_reason END,
         changed_seq = nextval('kiosk_staff_changes')
       WHERE staff_number = $1 RETURNING *`,
      [
        staffNumber,
        change.name ?? null,
        change.role ?? null,
        change.badge !== undefined,
        change.badge ?? null,
        pin?.salt ?? null,
        pin?.params ?? null,
        pin?.stretched ?? null,
        change.disabledReason !== undefined,
        change.disabledReason ?? null,
      ],
    );
  } catch (error) {
    taken(error, staffNumber);
  }
  if (!rows[0]) throw new HubError('not-found', `There is no kiosk staff account ${staffNumber}.`);
  const { pin: newPin, ...fields } = change;
  await audit(tx, actor, 'kiosk-staff.changed', staffNumber, { ...fields, pinChanged: newPin !== undefined });
  return member(rows[0]);
}

/** What a kiosk's feed carries: the whole roster and its version (the last change's number). */
export async function staffRosterVersion(q: Queryable): Promise<number> {
  const [row] = await q.query<{ version: string | null }>('SELECT max(changed_seq) AS version FROM kiosk_staff');
  return Number(row?.version ?? 0);
}

export async function staffRoster(q: Queryable): Promise<StaffRoster> {
  const rows = await q.query<Row & { changed_seq: string }>('SELECT * FROM kiosk_staff ORDER BY staff_number');
  return {
    version: Math.max(0, ...rows.map((r) => Number(r.changed_seq))),
    accounts: rows.map((r) => ({
      staffNumber: r.staff_number,
      name: r.name,
      role: r.role,
      badge: r.badge,
      pin: {
        salt: Buffer.from(r.pin_salt).toString('base64'),
        params: r.pin_params,
        stretched: Buffer.from(r.pin_stretched).toString('base64'),
      },
      disabledReason: r.disabled_reason,
    })),
  };
}
