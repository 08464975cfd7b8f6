/**
 * The staff accounts the hub sends every kiosk in its feed, whole, whenever any changes.
 * A PIN travels only as scrypt output (staff-pin.ts); the kiosk keys it with a pepper from
 * its own data key before keeping it.
 */
import { z } from 'zod';

export const STAFF_ROLES = ['officer', 'operator'] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

/** Staff numbers are typed on the kiosk's keypad: digits, as an NIP's 18. */
export const StaffNumber = z.string().regex(/^\d{1,18}$/, 'a staff number is 1 to 18 digits');
export const Pin = z.string().regex(/^\d{6}$/, 'a PIN is six digits');
export const StaffName = z.string().trim().min(2).max(60);
/** The code a staff badge scans as, the kiosk's badge prefix included. */
export const BadgeCode = z.string().min(2).max(128);

export const RosterAccount = z
  .object({
    staffNumber: StaffNumber,
    name: StaffName,
    role: StaffRole,
    badge: BadgeCode.nullable(),
    pin: z
      .object({
        salt: z.base64(),
        params: z.string().regex(/^N=\d+,r=\d+,p=\d+$/),
        stretched: z.base64(),
      })
      .strict(),
    /** Why the account may not sign in (the hub's admin disabled it); null: it may. */
    disabledReason: z.string().max(200).nullable(),
  })
  .strict();
export type RosterAccount = z.infer<typeof RosterAccount>;

export const StaffRoster = z
  .object({ version: z.number().int().nonnegative(), accounts: z.array(RosterAccount).max(5000) })
  .strict();
export type StaffRoster = z.infer<typeof StaffRoster>;
