import type { Failure } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { findRequest, findRequestByLegacyCode, type StoredRequest } from '../store/requests-repo.ts';
import { formatTrackingCode, isLegacyCode, parseTrackingCode, type TrackingCodes } from '../requests/tracking-code.ts';
import { failure } from './result.ts';

/**
 * The request a typed or scanned tracking code names. A mistyped code is refused by its
 * check character before any lookup; a code of this kiosk leads straight to its row.
 */
export function lookupRequest(db: Db, codes: TrackingCodes, trackingCode: string): StoredRequest | Failure {
  const code = parseTrackingCode(trackingCode);
  if (!code) return failure('invalidTrackingCode', 'That is not a tracking code: a character is wrong or missing.');
  const id = codes.numberOf(code);
  const found = isLegacyCode(code)
    ? findRequestByLegacyCode(db, code)
    : id === null
      ? undefined
      : findRequest(db, id, code);
  return found ?? failure('notFound', `No request ${formatTrackingCode(code)} on this kiosk.`);
}
