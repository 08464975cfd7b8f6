/**
 * Enrolment at the hub: a valid one-time code pins the kiosk's public keys to its registry
 * entry. A kiosk that lost the answer may ask again with the same code and the same key
 * and gets the same answer; anyone else with a used code is refused.
 */
import type { EnrolRequest, EnrolResponse } from '../../sync/enrolment.ts';
import { normaliseEnrolmentCode } from '../../sync/enrolment.ts';
import { audit } from '../accounts/audit.ts';
import { currentCatalog } from '../catalog/catalogs.ts';
import { HubError } from '../hub-error.ts';
import type { HubKeys } from '../keys.ts';
import { hashCode, type KioskRow } from '../kiosks/kiosks.ts';
import { UNIQUE_VIOLATION, sqlState, type Store } from '../store/store.ts';

interface CodeRow extends KioskRow {
  used_at: Date | null;
  withdrawn_at: Date | null;
  expires_at: Date;
  expired: boolean;
}

const refuse = (sentence: string) => new HubError('enrolment-refused', sentence);

export async function enrolKiosk(store: Store, keys: HubKeys, request: EnrolRequest): Promise<EnrolResponse> {
  const code = normaliseEnrolmentCode(request.code);
  if (!code) {
    throw refuse(
      'The enrolment code must be 16 characters as the hub shows it, such as 7KMX-4PRT-9CWH-3DNA; type it again.',
    );
  }
  const kiosk = await store.transaction(async (tx) => {
    const [row] = await tx.query<CodeRow>(
      `SELECT k.*, c.used_at, c.withdrawn_at, c.expires_at, c.expires_at <= now() AS expired
       FROM enrolment_codes c JOIN kiosks k USING (kiosk_id) WHERE c.code_hash = $1 FOR UPDATE OF c, k`,
      [hashCode(code)],
    );
    if (!row)
      throw refuse('This enrolment code is not known at this hub; check it, or ask the hub admin for a new one.');
    if (row.used_at) {
      if (row.signing_key === request.signingKey) return row;
      throw refuse(
        `This enrolment code was used on ${row.used_at.toISOString().slice(0, 10)}; ask the hub admin for a new one.`,
      );
    }
    if (row.revoked_at) throw refuse(`Kiosk ${row.prefix} is revoked at the hub; ask the hub admin for a new kiosk.`);
    if (row.withdrawn_at) throw refuse('This enrolment code was replaced by a newer one; use the newest code.');
    if (row.expired) {
      throw refuse(
        `This enrolment code expired on ${row.expires_at.toISOString().slice(0, 16).replace('T', ' ')} UTC; ask the hub admin for a new one.`,
      );
    }
    await tx.query('UPDATE enrolment_codes SET used_at = now() WHERE code_hash = $1', [hashCode(code)]);
    try {
      const [enrolled] = await tx.query<KioskRow>(
        `UPDATE kiosks SET signing_key = $2, box_key = $3, enrolled_at = now(), app_version = $4
         WHERE kiosk_id = $1 RETURNING *`,
        [row.kiosk_id, request.signingKey, request.boxKey, request.appVersion],
      );
      await audit(tx, null, 'kiosk.enrolled', row.prefix, { appVersion: request.appVersion });
      return enrolled!;
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION) {
        throw refuse(
          'This signing key is already enrolled for another kiosk; make new keys on the kiosk and enrol again.',
        );
      }
      throw error;
    }
  });
  return {
    kiosk: { prefix: kiosk.prefix, name: kiosk.name, serviceUnit: kiosk.service_unit, address: kiosk.address },
    hub: { signingKey: keys.signing.publicKey, boxKey: keys.box.publicKey, fingerprint: keys.fingerprint },
    catalog: await currentCatalog(store),
  };
}
