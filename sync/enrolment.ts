/**
 * Enrolment: the one unsigned call. An admin gets a one-time code at the hub (as text and
 * as a QR code); the kiosk sends it with its new public keys, signing the call with the new
 * signing key to prove it holds it, and gets its prefix, the hub's keys and the catalog.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { CODE_ALPHABET, KioskPrefix } from './identifiers.ts';
import { CatalogRelease } from './feed.ts';
import { isPublicKey } from './keys.ts';

const CODE_LENGTH = 16;

/** 16 symbols of a 23-letter alphabet: 72 bits, far beyond guessing within 24 hours. */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code.match(/.{4}/g)!.join('-');
}

/** The code in its printed form (`7KMX-4PRT-...`) from what was typed or scanned, or null. */
export function normaliseEnrolmentCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, '');
  if (bare.length !== CODE_LENGTH || [...bare].some((c) => !CODE_ALPHABET.includes(c))) return null;
  return bare.match(/.{4}/g)!.join('-');
}

export interface EnrolmentQr {
  code: string;
  /** The hub's key fingerprint (hubFingerprint): the kiosk refuses a hub whose keys differ. */
  fingerprint: string;
  /** The hub's address, when the hub knows its public address. */
  hubUrl: string | null;
}

/** `serambi:enrol?code=...&key=...&hub=...` */
export function enrolmentQrText(qr: EnrolmentQr): string {
  const query = new URLSearchParams({ code: qr.code, key: qr.fingerprint });
  if (qr.hubUrl) query.set('hub', qr.hubUrl);
  return `serambi:enrol?${query.toString()}`;
}

export function parseEnrolmentQr(text: string): EnrolmentQr | null {
  if (!text.startsWith('serambi:enrol?')) return null;
  const query = new URLSearchParams(text.slice('serambi:enrol?'.length));
  const code = normaliseEnrolmentCode(query.get('code') ?? '');
  const fingerprint = query.get('key');
  if (!code || !fingerprint) return null;
  return { code, fingerprint, hubUrl: query.get('hub') };
}

const SigningKey = z.string().refine((k) => isPublicKey('Ed25519', k), 'must be a raw Ed25519 public key in base64url');
const BoxKey = z.string().refine((k) => isPublicKey('X25519', k), 'must be a raw X25519 public key in base64url');

export const EnrolRequest = z
  .object({
    code: z.string().max(40),
    signingKey: SigningKey,
    boxKey: BoxKey,
    appVersion: z.string().min(1).max(40),
  })
  .strict();
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export const EnrolResponse = z
  .object({
    kiosk: z.object({ prefix: KioskPrefix, name: z.string(), serviceUnit: z.string(), address: z.string() }).strict(),
    hub: z.object({ signingKey: z.string(), boxKey: z.string(), fingerprint: z.string() }).strict(),
    catalog: CatalogRelease.nullable(),
  })
  .strict();
export type EnrolResponse = z.infer<typeof EnrolResponse>;
