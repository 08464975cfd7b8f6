/**
 * A refusal the hub explains: a code from the protocol's list and one sentence for the
 * person who reads it (an operator at a kiosk, an agent in the console). The server turns
 * it into `{ error: { code, message } }` with the status the code stands for.
 */
import type { ErrorCode } from '../sync/errors.ts';

export class HubError extends Error {
  override name = 'HubError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: readonly string[],
    /** Facts a program shows in its own words, such as why an account is locked (the console). */
    readonly facts?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  'bad-request': 400,
  'batch-refused': 422,
  'bundle-refused': 422,
  'catalog-invalid': 422,
  'clock-skew': 401,
  conflict: 409,
  'cursor-ahead': 409,
  'enrolment-refused': 403,
  forbidden: 403,
  'kiosk-revoked': 403,
  'not-found': 404,
  'rate-limited': 429,
  replay: 401,
  signature: 401,
  'signed-in-required': 401,
  'too-large': 413,
  'unknown-kiosk': 401,
  unavailable: 503,
};
