/**
 * Staff PINs. Six digits are a million guesses: any hash of them falls to an offline search,
 * however slow. What protects them is a secret the database does not hold: the PIN is
 * stretched with scrypt (so each guess costs even the kiosk about a tenth of a second) and
 * then keyed with a pepper derived from the data key, which lives in the key store, never in
 * the SQLite file. A copy of the file alone gives nothing to search.
 *
 * The hub stretches PINs of the accounts it sends with the same scrypt; the kiosk adds its
 * pepper when the roster arrives, so the hub never needs the kiosk's key.
 */
import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string | Buffer,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export const PIN_PATTERN = /^\d{6}$/;

/** scrypt's cost; hashes keep the parameters they were made with, so these may rise later. */
export const PIN_COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

export interface PinParams {
  N: number;
  r: number;
  p: number;
}

/** A PIN as stored: salt, cost and the peppered hash. */
export interface PinHash {
  salt: Buffer;
  params: string;
  hash: Buffer;
}

export function formatParams(params: PinParams): string {
  return `N=${params.N},r=${params.r},p=${params.p}`;
}

export function parseParams(text: string): PinParams {
  const match = /^N=(\d+),r=(\d+),p=(\d+)$/.exec(text);
  if (!match) throw new Error(`PIN hash parameters "${text}" are not scrypt's.`);
  const [N, r, p] = match.slice(1).map(Number) as [number, number, number];
  return { N, r, p };
}

/** The slow half, the same at the hub and at the kiosk. */
export function stretchPin(pin: string, salt: Buffer, params: PinParams): Promise<Buffer> {
  return scryptAsync(pin, salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r });
}

/** The kiosk's half: a stretched PIN keyed with its pepper. */
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
