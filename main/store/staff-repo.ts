/**
 * Staff accounts at the kiosk (migration 0010): the hub's roster and accounts added here.
 * Only the peppered PIN hash is kept (main/staff/pin-hash.ts).
 */
import type { Db } from './open-database.ts';
import { statement } from './statements.ts';
import type { PinHash } from '../staff/pin-hash.ts';
import type { LockState } from '../staff/lockout.ts';

export type StaffRole = 'officer' | 'operator';

export interface StaffAccount {
  staffNumber: string;
  name: string;
  role: StaffRole;
  badge: string | null;
  source: 'hub' | 'local';
  disabledReason: string | null;
  createdAt: string;
}

export interface StoredStaff extends StaffAccount {
  pin: PinHash;
  lock: LockState;
}

interface Row {
  staff_number: string;
  name: string;
  role: StaffRole;
  badge: string | null;
  pin_salt: Buffer;
  pin_params: string;
  pin_hash: Buffer;
  source: 'hub' | 'local';
  disabled_reason: string | null;
  failed_tries: number;
  lockouts: number;
  locked_until: string | null;
  created_at: string;
}

function account(row: Row): StaffAccount {
  return {
    staffNumber: row.staff_number,
    name: row.name,
    role: row.role,
    badge: row.badge,
    source: row.source,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at,
  };
}

function stored(row: Row | undefined): StoredStaff | undefined {
  return (
    row && {
      ...account(row),
      pin: { salt: row.pin_salt, params: row.pin_params, hash: row.pin_hash },
      lock: { failedTries: row.failed_tries, lockouts: row.lockouts, lockedUntil: row.locked_until },
    }
  );
}

export const staffByBadge = (db: Db, badge: string): StoredStaff | undefined =>
  stored(statement(db, 'SELECT * FROM staff_accounts WHERE badge = ?').get(badge) as Row | undefined);

export const staffByNumber = (db: Db, staffNumber: string): StoredStaff | undefined =>
  stored(statement(db, 'SELECT * FROM staff_accounts WHERE staff_number = ?').get(staffNumber) as Row | undefined);

export function saveLockState(db: Db, staffNumber: string, lock: LockState): void {
  statement(
    db,
    'UPDATE staff_accounts SET failed_tries = ?, lockouts = ?, locked_until = ? WHERE staff_number = ?',
  ).run(lock.failedTries, lock.lockouts, lock.lockedUntil, staffNumber);
}

/** Every account, operators first, for the console; never the hashes. */
export function listStaff(db: Db): StaffAccount[] {
  return (statement(db, `SELECT * FROM staff_accounts ORDER BY role DESC, name, staff_number`).all() as Row[]).map(
    account,
  );
}

export type NewStaff = Omit<StaffAccount, 'disabledReason'> & { pin: PinHash; disabledReason?: string | null };

export function insertStaff(db: Db, s: NewStaff): void {
  statement(
    db,
    `INSERT INTO staff_accounts (staff_number, name, role, badge, pin_salt, pin_params, pin_hash, source,
       disabled_reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.staffNumber,
    s.name,
    s.role,
    s.badge,
    s.pin.salt,
    s.pin.params,
    s.pin.hash,
    s.source,
    s.disabledReason ?? null,
    s.createdAt,
  );
}

/**
 * The hub's roster replaces every account it sent before, in one transaction; the kiosk's
 * own accounts stay unless the hub now has one with the same staff number (the hub wins).
 * Lockouts of accounts that stay are kept: a new roster does not give a guesser new tries.
 */
export function replaceHubRoster(db: Db, roster: NewStaff[]): void {
  db.transaction(() => {
    const locks = new Map(
      (
        statement(db, 'SELECT staff_number, failed_tries, lockouts, locked_until FROM staff_accounts').all() as Row[]
      ).map((r) => [r.staff_number, r]),
    );
    statement(db, `DELETE FROM staff_accounts WHERE source = 'hub'`).run();
    for (const s of roster) {
      statement(db, 'DELETE FROM staff_accounts WHERE staff_number = ?').run(s.staffNumber);
      // A badge the hub gives someone now is theirs, even if a local account had it.
      if (s.badge !== null) statement(db, 'UPDATE staff_accounts SET badge = NULL WHERE badge = ?').run(s.badge);
      insertStaff(db, { ...s, source: 'hub' });
      const lock = locks.get(s.staffNumber);
      if (lock) {
        saveLockState(db, s.staffNumber, {
          failedTries: lock.failed_tries,
          lockouts: lock.lockouts,
          lockedUntil: lock.locked_until,
        });
      }
    }
  })();
}
