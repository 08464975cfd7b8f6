/**
 * Sign-in sessions. The browser or API client holds a random token; the hub keeps only its
 * SHA-256, so the table is useless to whoever copies it. A session ends after an hour
 * without use or twelve hours after sign-in, whichever comes first.
 */
import { createHash, randomBytes } from 'node:crypto';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';
import { ACCOUNT_COLUMNS, accountColumns, toAccount, type Account } from './accounts.ts';
import { audit } from './audit.ts';
import { UNUSABLE_HASH, verifyPassword } from './passwords.ts';

export const IDLE_MINUTES = 60;
export const MAX_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Session {
  token: string;
  expiresAt: Date;
  account: Account;
}

const REFUSED = 'The username or password is not right; check both and try again.';

/** Wrong passwords in a row that lock an account, and for how long (an admin may unlock it sooner). */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

/**
 * Signs in, or says why not. A refusal is returned rather than thrown so that the caller's
 * transaction commits the count of wrong passwords before the refusal is answered.
 */
export async function signIn(q: Queryable, username: string, password: string): Promise<Session | HubError> {
  const [row] = await q.query<Parameters<typeof toAccount>[0] & { password_hash: string }>(
    `SELECT ${ACCOUNT_COLUMNS}, password_hash FROM accounts WHERE username = $1 FOR UPDATE`,
    [username.toLowerCase()],
  );
  const matches = await verifyPassword(password, row?.password_hash ?? UNUSABLE_HASH);
  if (!row) return new HubError('signed-in-required', REFUSED);
  // Checked before the password, so that guessing on during a lock gets nowhere.
  if (row.locked_until) return lockedOut(row.locked_until);
  if (!matches) {
    const [counted] = await q.query<{ locked_until: Date | null }>(
      `UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1,
         locked_until = CASE WHEN failed_sign_ins + 1 >= $2 THEN now() + make_interval(mins => $3) END
       WHERE account_id = $1 RETURNING locked_until`,
      [row.account_id, MAX_FAILED_SIGN_INS, LOCK_MINUTES],
    );
    if (!counted!.locked_until) return new HubError('signed-in-required', REFUSED);
    await q.query('UPDATE accounts SET failed_sign_ins = 0 WHERE account_id = $1', [row.account_id]);
    await audit(q, null, 'account.locked-out', row.username, { failedSignIns: MAX_FAILED_SIGN_INS });
    return lockedOut(counted!.locked_until);
  }
  // Only to whoever knows the password: a lock by an admin says its reason.
  if (row.disabled_reason) {
    return new HubError(
      'forbidden',
      `This account is locked: ${row.disabled_reason.replace(/\.$/, '')}. Ask an admin to unlock it.`,
      undefined,
      { locked: 'by-admin', reason: row.disabled_reason },
    );
  }
  await q.query('UPDATE accounts SET failed_sign_ins = 0 WHERE account_id = $1 AND failed_sign_ins > 0', [
    row.account_id,
  ]);
  const token = randomBytes(32).toString('base64url');
  const [session] = await q.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_hash, account_id, expires_at)
     VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING expires_at`,
    [hashToken(token), row.account_id, IDLE_MINUTES],
  );
  const account = toAccount(row);
  await audit(q, { accountId: account.id, username: account.username }, 'session.started', account.username);
  return { token, expiresAt: session!.expires_at, account };
}

function lockedOut(until: Date): HubError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new HubError(
    'forbidden',
    `This account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'} after ${MAX_FAILED_SIGN_INS} wrong passwords in a row; wait, or ask an admin to unlock it.`,
    undefined,
    { locked: 'wrong-passwords', until: until.toISOString() },
  );
}

/**
 * The signed-in account for a token, or null. Each use pushes the idle limit on, at most
 * once a minute so that reading pages does not write a row each time.
 */
export async function findSession(q: Queryable, token: string): Promise<Account | null> {
  const [row] = await q.query<Parameters<typeof toAccount>[0]>(
    `WITH touched AS (
       UPDATE sessions SET last_seen_at = now(),
         expires_at = least(created_at + make_interval(hours => $2), now() + make_interval(mins => $3))
       WHERE token_hash = $1 AND expires_at > now() AND last_seen_at < now() - interval '1 minute'
       RETURNING account_id
     )
     SELECT ${accountColumns('a.')}
     FROM sessions s JOIN accounts a USING (account_id)
     WHERE s.token_hash = $1 AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [hashToken(token), MAX_HOURS, IDLE_MINUTES],
  );
  return row ? toAccount(row) : null;
}

export async function signOut(q: Queryable, token: string, account: Account): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
  await audit(q, { accountId: account.id, username: account.username }, 'session.ended', account.username);
}
