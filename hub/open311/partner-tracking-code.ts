/**
 * Tracking codes for partners' requests, in the kiosks' form: the partner's prefix, eight
 * random characters and the check character (a position-weighted sum mod 23, as kiosks
 * compute it in main/requests/tracking-code.ts), so the console and a kiosk's status
 * lookup read them like any other code.
 */
import { randomInt } from 'node:crypto';
import { CODE_ALPHABET } from '../../sync/identifiers.ts';

export function newPartnerCode(prefix: string): string {
  let body = prefix;
  for (let i = 0; i < 8; i++) body += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * CODE_ALPHABET.indexOf(body[i]!);
  return body + CODE_ALPHABET[sum % CODE_ALPHABET.length];
}
