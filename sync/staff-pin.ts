/**
 * The slow half of a staff PIN's hash, the same at the hub (which stretches the PINs of the
 * accounts it sends kiosks) and at the kiosk (which then keys them with a pepper from its
 * own data key: main/staff/pin-hash.ts). scrypt, with its cost written beside every hash so
 * the cost may rise later.
 */
import { scrypt } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

export const PIN_PATTERN = /^\d{6}$/;
export const PIN_COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

export interface PinParams {
  N: number;
  r: number;
  p: number;
}

export const formatParams = (params: PinParams): string => `N=${params.N},r=${params.r},p=${params.p}`;

export function parseParams(text: string): PinParams {
  const match = /^N=(\d+),r=(\d+),p=(\d+)$/.exec(text);
  if (!match) throw new Error(`PIN hash parameters "${text}" are not scrypt's.`);
  const [N, r, p] = match.slice(1).map(Number) as [number, number, number];
  return { N, r, p };
}

export function stretchPin(pin: string, salt: Buffer, params: PinParams): Promise<Buffer> {
  return scryptAsync(pin, salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r });
}
