/**
 * Enrolment (sync/README.md): the kiosk makes its key pairs, registers them with the
 * one-time code, pins the hub's keys and takes the tracking-code prefix the hub gives it.
 */
import { EnrolResponse, normaliseEnrolmentCode, parseEnrolmentQr } from '../../sync/enrolment.ts';
import { generateBoxKeys, generateSigningKeys, hubFingerprint } from '../../sync/keys.ts';
import { SYNC_PATHS } from '../../sync/protocol.ts';
import { ENROLLING } from '../../sync/request-signing.ts';
import type { Db } from '../store/open-database.ts';
import { setSetting } from '../store/settings-repo.ts';
import { statement } from '../store/statements.ts';
import { HubClient } from './hub-client.ts';
import {
  loadIdentity,
  loadPendingEnrolment,
  saveIdentity,
  savePendingEnrolment,
  type SyncIdentity,
} from './identity.ts';
import { checkedRelease, keepRelease } from './releases.ts';
import { HUB_URL_SETTING } from './sync-settings.ts';

/** An enrolment that cannot go ahead; its message is the sentence for the operator. */
export class EnrolmentError extends Error {
  override name = 'EnrolmentError';
}

export interface Enrolment {
  code: string;
  /** The hub's key fingerprint from the enrolment QR code; null for a typed code. */
  fingerprint: string | null;
  /** The hub's address from the QR code, when it carried one. */
  hubUrl: string | null;
}

/** An enrolment code as typed (any case, spaces or hyphens) or the text of its QR code; null when it is neither. */
export function readEnrolment(text: string): Enrolment | null {
  const qr = parseEnrolmentQr(text.trim());
  if (qr) return { code: qr.code, fingerprint: qr.fingerprint, hubUrl: qr.hubUrl };
  const code = normaliseEnrolmentCode(text);
  return code ? { code, fingerprint: null, hubUrl: null } : null;
}

/**
 * Registers this kiosk with the hub and keeps what it answers, in one transaction. A lost
 * answer may be asked for again: the same code goes with the same keys, kept sealed meanwhile.
 */
export async function enrol(
  db: Db,
  hubUrl: string,
  enrolment: Enrolment,
  appVersion: string,
  now: () => Date,
  signal?: AbortSignal,
): Promise<SyncIdentity> {
  const enrolled = loadIdentity(db);
  if (enrolled) {
    throw new EnrolmentError(
      `This kiosk is already enrolled (prefix ${enrolled.prefix}); a kiosk is enrolled once, so for another hub or a new machine create a new kiosk at the hub.`,
    );
  }
  const issued = statement(db, 'SELECT coalesce(max(id), 0) FROM requests').pluck().get() as number;
  if (issued > 0) {
    throw new EnrolmentError(
      `This kiosk has already issued ${issued} request(s) under a prefix of its own, which the hub cannot take as its kiosk's; enrol a kiosk before it takes requests (a new data folder).`,
    );
  }
  const pending = loadPendingEnrolment(db);
  const keys =
    pending?.code === enrolment.code
      ? pending
      : { code: enrolment.code, signing: generateSigningKeys(), box: generateBoxKeys() };
  if (keys !== pending) savePendingEnrolment(db, keys);

  const client = new HubClient(hubUrl);
  let json: unknown;
  try {
    json = await client.call(
      'POST',
      SYNC_PATHS.enrol,
      { code: enrolment.code, signingKey: keys.signing.publicKey, boxKey: keys.box.publicKey, appVersion },
      { kiosk: ENROLLING, keys: keys.signing },
      { hubKey: (answer) => EnrolResponse.safeParse(answer).data?.hub.signingKey, signal },
    );
  } finally {
    client.close();
  }
  const answer = EnrolResponse.parse(json);
  const fingerprint = hubFingerprint(answer.hub.signingKey, answer.hub.boxKey);
  if (answer.hub.fingerprint !== fingerprint || (enrolment.fingerprint && enrolment.fingerprint !== fingerprint)) {
    throw new EnrolmentError(
      `The hub at ${hubUrl} has the key fingerprint ${fingerprint}, not the one ${enrolment.fingerprint ? 'the enrolment QR code names' : 'it announced'}; check the hub address with the hub's admin before enrolling again.`,
    );
  }
  const identity: SyncIdentity = {
    prefix: answer.kiosk.prefix,
    signing: keys.signing,
    box: keys.box,
    hub: { signingKey: answer.hub.signingKey, boxKey: answer.hub.boxKey, fingerprint },
    enrolledAt: now().toISOString(),
  };
  const release = answer.catalog ? checkedRelease(answer.catalog, now()) : null;
  db.transaction(() => {
    saveIdentity(db, identity);
    setSetting(db, 'kiosk_prefix', identity.prefix);
    setSetting(db, HUB_URL_SETTING, hubUrl);
    if (release) keepRelease(db, release);
  })();
  return identity;
}
