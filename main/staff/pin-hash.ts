/**
 * Staff PINs. Six digits are a million guesses: any hash of them falls to an offline search,
 * however slow. What protects them is a secret the database does not hold: the PIN is
 * stretched with scrypt (sync/staff-pin.ts: each guess costs even the kiosk a tenth of a
 * second) and then keyed with a pepper derived from the data key, which lives in the key
 * store, never in the SQLite file. A copy of the file alone gives nothing to search.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatParams, parseParams, PIN_COST, PIN_PATTERN, stretchPin } from '../../sync/staff-pin.ts';

export { PIN_PATTERN };

/** A PIN as stored: salt, cost and the peppered hash. */
export interface PinHash {
  salt: Buffer;
  params: string;
  hash: Buffer;
}

/** The kiosk's half: a stretched PIN (its own, or one the hub stretched) keyed with its pepper. */
export function pepper(stretched: Buffer, pepperKey: Buffer): Buffer {
  return createHmac('sha256', pepperKey).update(stretched).digest();
}

/** A new PIN's hash for an account added at the kiosk. */
export async function hashPin(pin: string, pepperKey: Buffer): Promise<PinHash> {
  if (!PIN_PATTERN.test(pin)) throw new Error('A PIN is six digits.');
  const salt = randomBytes(16);
  return { salt, params: formatParams(PIN_COST), hash: pepper(await stretchPin(pin, salt, PIN_COST), pepperKey) };
}

export async function pinMatches(pin: string, stored: PinHash, pepperKey: Buffer): Promise<boolean> {
  // A PIN of the wrong shape costs the same time as any other, so timing tells nothing.
  const candidate = pepper(await stretchPin(pin, stored.salt, parseParams(stored.params)), pepperKey);
  return PIN_PATTERN.test(pin) && candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}
