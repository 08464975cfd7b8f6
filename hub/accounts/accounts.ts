/** Hub accounts: who may sign in, with which role, and whether the account is locked. */
import { z } from 'zod';
import { HubError } from '../hub-error.ts';
import { UNIQUE_VIOLATION, sqlState, type Queryable } from '../store/store.ts';
import { audit, type Actor } from './audit.ts';
import { MIN_PASSWORD_LENGTH, hashPassword } from './passwords.ts';

/**
 * admin: accounts, kiosks, catalog, Open311 keys, audit and all an agent does; agent: works
 * through requests and sees citizens' personal data; observer: reads the inbox, fleet and
 * dashboard without personal data and changes nothing.
 */
export const ROLES = ['admin', 'agent', 'observer'] as const;
/** Who may see a citizen's personal data and change requests. */
export const CASEWORKERS = ['admin', 'agent'] as const satisfies readonly Role[];
export const Role = z.enum(ROLES);
export type Role = (typeof ROLES)[number];

export const Username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'use 2 to 40 lower-case letters, digits, dots, hyphens or underscores');
export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'use at most 200 characters');

export const Account = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  createdAt: z.date(),
  /** Why the account cannot sign in, or null when it can. */
  disabledReason: z.string().nullable(),
  /** Locked after too many wrong passwords until this time (sessions.ts), or null. */
  lockedUntil: z.date().nullable(),
});
export type Account = z.infer<typeof Account>;

interface AccountRow {
  account_id: number;
  username: string;
  display_name: string;
  role: Role;
  created_at: Date;
  disabled_reason: string | null;
  locked_until: Date | null;
}

/** The columns toAccount reads, from the table or its alias `from` (e.g. "a."). */
export const accountColumns = (from = '') =>
  ['account_id', 'username', 'display_name', 'role', 'created_at', 'disabled_reason']
    .map((column) => from + column)
    .concat(`CASE WHEN ${from}locked_until > now() THEN ${from}locked_until END AS locked_until`)
    .join(', ');
export const ACCOUNT_COLUMNS = accountColumns();

export const toAccount = (row: AccountRow): Account => ({
  id: row.account_id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  createdAt: row.created_at,
  disabledReason: row.disabled_reason,
  lockedUntil: row.locked_until,
});

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export async function createAccount(q: Queryable, actor: Actor, input: NewAccount): Promise<Account> {
  const hash = await hashPassword(input.password);
  try {
    const [row] = await q.query<AccountRow>(
      `INSERT INTO accounts (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4)
       RETURNING ${ACCOUNT_COLUMNS}`,
      [input.username, input.displayName, input.role, hash],
    );
    await audit(q, actor, 'account.created', input.username, { role: input.role });
    return toAccount(row!);
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) {
      throw new HubError('conflict', `An account named ${input.username} already exists; choose another username.`);
    }
    throw error;
  }
}

export async function listAccounts(q: Queryable): Promise<Account[]> {
  const rows = await q.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts ORDER BY username`);
  return rows.map(toAccount);
}

export interface AccountChange {
  displayName?: string;
  role?: Role;
  /** A reason locks the account (and ends its sessions); null unlocks it, also after wrong passwords. */
  disabledReason?: string | null;
  password?: string;
}

export async function changeAccount(q: Queryable, actor: Actor, id: number, change: AccountChange): Promise<Account> {
  const hash = change.password === undefined ? null : await hashPassword(change.password);
  const [row] = await q.query<AccountRow>(
    `UPDATE accounts SET
       display_name = coalesce($2, display_name),
       role = coalesce($3, role),
       disabled_at = CASE WHEN $4 THEN (CASE WHEN $5::text IS NULL THEN NULL ELSE coalesce(disabled_at, now()) END) ELSE disabled_at END,
       disabled_reason = CASE WHEN $4 THEN $5::text ELSE disabled_reason END,
       password_hash = coalesce($6, password_hash),
       locked_until = CASE WHEN $4 AND $5::text IS NULL THEN NULL ELSE locked_until END,
       failed_sign_ins = CASE WHEN $4 AND $5::text IS NULL THEN 0 ELSE failed_sign_ins END
     WHERE account_id = $1 RETURNING ${ACCOUNT_COLUMNS}`,
    [
      id,
      change.displayName ?? null,
      change.role ?? null,
      change.disabledReason !== undefined,
      change.disabledReason ?? null,
      hash,
    ],
  );
  if (!row) throw new HubError('not-found', `There is no account number ${id}.`);
  if (change.disabledReason || change.password !== undefined) {
    await q.query('DELETE FROM sessions WHERE account_id = $1', [id]);
  }
  const { password, ...shown } = change;
  await audit(q, actor, 'account.changed', row.username, { ...shown, passwordChanged: password !== undefined });
  return toAccount(row);
}

export async function countAdmins(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM accounts WHERE role = 'admin' AND disabled_at IS NULL`,
  );
  return row!.n;
}
