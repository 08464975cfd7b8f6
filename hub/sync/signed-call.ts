/**
 * The door every signed kiosk call passes: headers present, clock within five minutes,
 * kiosk enrolled and not revoked, signature by its pinned key, nonce never seen before.
 */
import { HEADERS, MAX_CLOCK_SKEW_MS } from '../../sync/protocol.ts';
import { clockSkew, verifyRequest } from '../../sync/request-signing.ts';
import { isKioskPrefix } from '../../sync/identifiers.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';

export interface KioskCall {
  kioskId: number;
  prefix: string;
  nonce: string;
}

export interface IncomingCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
}

const header = (call: IncomingCall, name: string) => {
  const value = call.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export function checkClock(time: string | undefined, now: Date): void {
  const skew = time === undefined ? null : clockSkew(time, now);
  if (skew === null) {
    throw new HubError(
      'signature',
      'The Serambi-Time header must be an ISO time with its zone, such as 2026-11-29T10:00:00Z.',
    );
  }
  if (skew > MAX_CLOCK_SKEW_MS) {
    throw new HubError(
      'clock-skew',
      `The kiosk's clock is ${Math.round(skew / 60_000)} minutes off the hub's, more than the ${MAX_CLOCK_SKEW_MS / 60_000} allowed; set the kiosk's date and time, then sync again.`,
    );
  }
}

export async function checkSignedCall(q: Queryable, call: IncomingCall, now: Date): Promise<KioskCall> {
  const prefix = header(call, HEADERS.kiosk);
  const time = header(call, HEADERS.time);
  const nonce = header(call, HEADERS.nonce);
  const signature = header(call, HEADERS.signature);
  if (!prefix || !time || !nonce || !signature) {
    throw new HubError(
      'signature',
      'The call is not signed: it needs the Serambi-Kiosk, Serambi-Time, Serambi-Nonce and Serambi-Signature headers.',
    );
  }
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) {
    throw new HubError('signature', 'The Serambi-Nonce header must be 16 to 64 base64url characters.');
  }
  checkClock(time, now);
  const [kiosk] = isKioskPrefix(prefix)
    ? await q.query<{ kiosk_id: number; signing_key: string | null; revoked_at: Date | null; revoked_reason: string }>(
        'SELECT kiosk_id, signing_key, revoked_at, revoked_reason FROM kiosks WHERE prefix = $1',
        [prefix],
      )
    : [];
  if (!kiosk?.signing_key) {
    throw new HubError(
      'unknown-kiosk',
      `Kiosk ${prefix} is not enrolled at this hub; enrol it with a code from the hub's admin.`,
    );
  }
  if (kiosk.revoked_at) {
    throw new HubError(
      'kiosk-revoked',
      `Kiosk ${prefix} was revoked at the hub on ${kiosk.revoked_at.toISOString().slice(0, 10)} (${kiosk.revoked_reason.replace(/\.$/, '')}); it can no longer sync.`,
    );
  }
  if (
    !verifyRequest(
      { method: call.method, path: call.path, kiosk: prefix, time, nonce, body: call.body },
      signature,
      kiosk.signing_key,
    )
  ) {
    throw new HubError(
      'signature',
      `The call's signature does not match kiosk ${prefix}'s key: it was signed with another key or changed on the way.`,
    );
  }
  const fresh = await q.query(
    'INSERT INTO kiosk_nonces (kiosk_id, nonce) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
    [kiosk.kiosk_id, nonce],
  );
  if (fresh.length === 0) {
    throw new HubError(
      'replay',
      'This call was received before (its nonce is not new), so this copy is refused; sign each call with a new nonce.',
    );
  }
  return { kioskId: kiosk.kiosk_id, prefix, nonce };
}

/** Nonces older than twice the skew window can never be replayed successfully. */
export async function forgetOldNonces(q: Queryable): Promise<void> {
  await q.query(`DELETE FROM kiosk_nonces WHERE seen_at < now() - make_interval(secs => $1)`, [
    (2 * MAX_CLOCK_SKEW_MS) / 1000,
  ]);
}
