/**
 * Staff sign-in: a badge scan or a staff number, then the PIN. Every try is in the audit
 * trail (never the PIN); five wrong PINs lock the account (lockout.ts).
 */
import type { Db } from '../store/open-database.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { cipherOf } from '../store/sealing.ts';
import { saveLockState, staffByBadge, staffByNumber, type StoredStaff } from '../store/staff-repo.ts';
import { AFTER_RIGHT_PIN, afterWrongPin, lockedUntil } from './lockout.ts';
import { pinMatches } from './pin-hash.ts';
import type { StaffSession, StaffSessions } from './staff-sessions.ts';

export type StaffWho = { badge: string } | { staffNumber: string };

/** Whether the account can try a PIN now: what the screen says right after a badge scan. */
export type StaffCheck =
  { state: 'ready'; name: string } | { state: 'locked'; until: string } | { state: 'unknown' } | { state: 'disabled' };

export type SignInOutcome =
  | { outcome: 'signedIn'; session: StaffSession }
  | { outcome: 'wrongPin'; triesLeft: number }
  | { outcome: 'locked'; until: string }
  | { outcome: 'unknown' }
  | { outcome: 'disabled' };

/** The key PINs are peppered with: derived from the data key, never stored in the file. */
export const pinPepper = (db: Db): Buffer => cipherOf(db).derive('staff pin pepper', 32);

const find = (db: Db, who: StaffWho): StoredStaff | undefined =>
  'badge' in who ? staffByBadge(db, who.badge) : staffByNumber(db, who.staffNumber);

const via = (who: StaffWho) => ('badge' in who ? 'badge' : 'staffNumber');

export function checkStaff(db: Db, who: StaffWho, now: Date): StaffCheck {
  const account = find(db, who);
  if (!account) return { state: 'unknown' };
  if (account.disabledReason !== null) return { state: 'disabled' };
  const until = lockedUntil(account.lock, now);
  return until ? { state: 'locked', until } : { state: 'ready', name: account.name };
}

export async function signIn(
  db: Db,
  sessions: StaffSessions,
  who: StaffWho,
  pin: string,
  now: () => Date,
): Promise<SignInOutcome> {
  const account = find(db, who);
  const at = () => now().toISOString();
  if (!account) {
    // Whatever was scanned or typed is not an account; what it was is kept short, for the record.
    const subject = ('badge' in who ? who.badge : who.staffNumber).slice(0, 64);
    appendAudit(db, { at: at(), actor: null, action: 'staff.signInUnknown', subject, detail: { via: via(who) } });
    return { outcome: 'unknown' };
  }
  const actor = account.staffNumber;
  if (account.disabledReason !== null) {
    appendAudit(db, { at: at(), actor, action: 'staff.signInDisabled', subject: actor, detail: { via: via(who) } });
    return { outcome: 'disabled' };
  }
  const locked = lockedUntil(account.lock, now());
  if (locked) {
    appendAudit(db, { at: at(), actor, action: 'staff.signInLocked', subject: actor, detail: { until: locked } });
    return { outcome: 'locked', until: locked };
  }
  const right = await pinMatches(pin, account.pin, pinPepper(db));
  // Read again after the slow hash: another try may have counted meanwhile.
  const lock = find(db, who)?.lock ?? account.lock;
  if (!right) {
    const wrong = afterWrongPin(lock, now());
    db.transaction(() => {
      saveLockState(db, actor, wrong.state);
      appendAudit(db, {
        at: at(),
        actor,
        action: wrong.locked ? 'staff.lockedOut' : 'staff.pinWrong',
        subject: actor,
        detail: wrong.locked ? { until: wrong.until } : { triesLeft: wrong.triesLeft },
      });
    })();
    return wrong.locked
      ? { outcome: 'locked', until: wrong.until }
      : { outcome: 'wrongPin', triesLeft: wrong.triesLeft };
  }
  const session = sessions.open({ staffNumber: actor, name: account.name, role: account.role });
  db.transaction(() => {
    saveLockState(db, actor, AFTER_RIGHT_PIN);
    appendAudit(db, {
      at: at(),
      actor,
      action: 'staff.signedIn',
      subject: actor,
      detail: { via: via(who), role: account.role },
    });
  })();
  return { outcome: 'signedIn', session };
}
