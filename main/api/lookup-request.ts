import type { Failure } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { findRequestByTrackingCode, type StoredRequest } from '../store/requests-repo.ts';
import { formatTrackingCode, parseTrackingCode } from '../requests/tracking-code.ts';
import { failure } from './result.ts';

/**
 * The request a typed or scanned tracking code names. A mistyped code is refused by its
 * check character before any lookup.
 */
export function lookupRequest(db: Db, trackingCode: string): StoredRequest | Failure {
  const code = parseTrackingCode(trackingCode);
  if (!code) return failure('invalidTrackingCode', 'That is not a tracking code: a character is wrong or missing.');
  return (
    findRequestByTrackingCode(db, code) ?? failure('notFound', `No request ${formatTrackingCode(code)} on this kiosk.`)
  );
}
