/**
 * Who this kiosk is to its hub: its two key pairs, the hub keys it pinned at enrolment and
 * the prefix the hub gave it. Private keys are secrets like citizens' data, so the whole
 * record is sealed with the data key in the settings table, never stored in plain text.
 */
import type { KeyPair } from '../../sync/keys.ts';
import type { Db } from '../store/open-database.ts';
import { seal, unseal } from '../store/sealing.ts';
import { getSetting, setSetting } from '../store/settings-repo.ts';
import { statement } from '../store/statements.ts';

export interface PinnedHub {
  signingKey: string;
  boxKey: string;
  fingerprint: string;
}

export interface SyncIdentity {
  prefix: string;
  signing: KeyPair;
  box: KeyPair;
  hub: PinnedHub;
  enrolledAt: string;
}

/** Keys made for an enrolment whose answer has not arrived: a retry must send the same ones. */
export interface PendingEnrolment {
  code: string;
  signing: KeyPair;
  box: KeyPair;
}

const IDENTITY = 'sync/identity';
const PENDING = 'sync/enrolling';
const SEALED_AT = 'settings/sync-keys';

function readSealed<T>(db: Db, key: string): T | null {
  const text = getSetting(db, key);
  return text ? unseal<T>(db, Buffer.from(text, 'base64'), `${SEALED_AT}/${key}`) : null;
}

function writeSealed(db: Db, key: string, value: unknown): void {
  setSetting(db, key, seal(db, value, `${SEALED_AT}/${key}`).toString('base64'));
}

export const loadIdentity = (db: Db): SyncIdentity | null => readSealed<SyncIdentity>(db, IDENTITY);
export const loadPendingEnrolment = (db: Db): PendingEnrolment | null => readSealed<PendingEnrolment>(db, PENDING);
export const savePendingEnrolment = (db: Db, pending: PendingEnrolment): void => writeSealed(db, PENDING, pending);

/** Keeps the identity and drops the pending keys, in the caller's transaction. */
export function saveIdentity(db: Db, identity: SyncIdentity): void {
  writeSealed(db, IDENTITY, identity);
  statement(db, 'DELETE FROM settings WHERE key = ?').run(PENDING);
}
