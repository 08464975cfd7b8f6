/**
 * Wrong PINs: after five in a row the account is locked, first for five minutes, and each
 * lockout after that lasts twice the one before (up to a day), so guessing a 6-digit PIN at
 * the kiosk takes years. A right PIN starts the count again.
 */
export const TRIES_BEFORE_LOCKOUT = 5;
export const FIRST_LOCKOUT_MS = 5 * 60_000;
export const LONGEST_LOCKOUT_MS = 24 * 60 * 60_000;

export interface LockState {
  failedTries: number;
  /** Lockouts so far. */
  lockouts: number;
  lockedUntil: string | null;
}

/** When the account may try again, if it is locked now. */
export function lockedUntil(state: LockState, now: Date): string | null {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime() ? state.lockedUntil : null;
}

export function lockoutLength(lockoutsBefore: number): number {
  return Math.min(LONGEST_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** Math.min(lockoutsBefore, 20));
}

export type WrongPinOutcome = { state: LockState } & (
  { locked: false; triesLeft: number } | { locked: true; until: string }
);

export function afterWrongPin(state: LockState, now: Date): WrongPinOutcome {
  const tries = state.failedTries + 1;
  if (tries < TRIES_BEFORE_LOCKOUT) {
    return { state: { ...state, failedTries: tries }, locked: false, triesLeft: TRIES_BEFORE_LOCKOUT - tries };
  }
  const until = new Date(now.getTime() + lockoutLength(state.lockouts)).toISOString();
  return { state: { failedTries: 0, lockouts: state.lockouts + 1, lockedUntil: until }, locked: true, until };
}

export const AFTER_RIGHT_PIN: LockState = { failedTries: 0, lockouts: 0, lockedUntil: null };
