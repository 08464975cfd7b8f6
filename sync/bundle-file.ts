/**
 * The USB bundle file, both directions: a JSON header in the clear (who wrote it, for whom,
 * which events or which return), the gzip-packed payload encrypted to the recipient, and the
 * writer's Ed25519 signature over header and ciphertext. A file cut short fails to parse;
 * a changed byte fails the signature; both are refused before anything is decrypted.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { open, seal } from './bundle-crypto.ts';
import { BundleError } from './bundle-error.ts';
import { ZonedTime } from './events.ts';
import { KioskPrefix } from './identifiers.ts';
import { sha256Hex, signText, verifyText, type KeyPair } from './keys.ts';
import { newNonce } from './request-signing.ts';

export const BUNDLE_FORMAT = 'serambi-bundle-v1';
/** Unpacked payloads past this size are refused rather than filling the hub's memory. */
const MAX_PAYLOAD_BYTES = 256 * 1024 * 1024;

const b64url = (length: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${length}}$`));
const count = z.number().int().nonnegative();

const Common = {
  format: z.literal(BUNDLE_FORMAT),
  kiosk: KioskPrefix,
  bundleId: b64url(22),
  createdAt: ZonedTime,
  recipientKey: b64url(43),
  ephemeralKey: b64url(43),
  iv: b64url(16),
  tag: b64url(22),
};

export const KioskBundleHeader = z
  .object({ ...Common, direction: z.literal('kiosk-to-hub'), fromSeq: count, toSeq: count, count })
  .strict();
export const ReturnBundleHeader = z
  .object({ ...Common, direction: z.literal('hub-to-kiosk'), returnSeq: z.number().int().positive() })
  .strict();
const Header = z.discriminatedUnion('direction', [KioskBundleHeader, ReturnBundleHeader]);
type Header = z.infer<typeof Header>;

const BundleFile = z.object({ header: Header, ciphertext: z.base64(), signature: b64url(86) }).strict();
export type BundleFile = z.infer<typeof BundleFile>;

type CryptoFields = 'format' | 'bundleId' | 'recipientKey' | 'ephemeralKey' | 'iv' | 'tag';
/** What the writer fills in; sealing adds the rest. */
export type HeaderFields = Header extends infer H ? (H extends Header ? Omit<H, CryptoFields> : never) : never;

/** Keys in sorted order, so both sides build the same text from the same header. */
function canonical(header: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(header).sort(([a], [b]) => (a < b ? -1 : 1))));
}

const infoFor = (direction: Header['direction']) => `${BUNDLE_FORMAT} ${direction}`;
const additionalData = (header: Header) => canonical({ ...header, tag: undefined });
const signingText = (header: Header, ciphertext: Buffer) =>
  `${BUNDLE_FORMAT}\n${canonical(header)}\n${sha256Hex(ciphertext)}`;

export function sealBundle(fields: HeaderFields, payload: unknown, recipientKey: string, writer: KeyPair): string {
  const partial = { ...fields, format: BUNDLE_FORMAT, bundleId: newNonce(), recipientKey } as Omit<
    Header,
    'ephemeralKey' | 'iv' | 'tag'
  >;
  const packed = gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  const sealed = seal(recipientKey, packed, infoFor(partial.direction), (ephemeralKey, iv) =>
    additionalData({ ...partial, ephemeralKey, iv } as Header),
  );
  const header = { ...partial, ephemeralKey: sealed.ephemeralKey, iv: sealed.iv, tag: sealed.tag } as Header;
  const file: BundleFile = {
    header,
    ciphertext: sealed.ciphertext.toString('base64'),
    signature: signText(writer, signingText(header, sealed.ciphertext)),
  };
  return JSON.stringify(file);
}

const DAMAGED =
  'The file is not a complete Serambi bundle (it may have been cut short while copying); copy it again or write a new one.';

/** Reads the clear-text parts; throws a BundleError when the file is not a whole bundle. */
export function readBundle(text: string): BundleFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleError('damaged', DAMAGED);
  }
  const parsed = BundleFile.safeParse(json);
  if (!parsed.success) throw new BundleError('damaged', DAMAGED);
  return parsed.data;
}

/** Checks the writer's signature, decrypts and unpacks; the payload still needs its schema. */
export function openBundle(file: BundleFile, recipient: KeyPair, writerPublicKey: string): unknown {
  const ciphertext = Buffer.from(file.ciphertext, 'base64');
  const tampered = new BundleError(
    'tampered',
    "The bundle does not carry its writer's valid signature (it was changed after it was written, or comes from another hub or kiosk); write a new one.",
  );
  if (!verifyText(writerPublicKey, signingText(file.header, ciphertext), file.signature)) throw tampered;
  const packed = open(
    recipient,
    { ephemeralKey: file.header.ephemeralKey, iv: file.header.iv, tag: file.header.tag, ciphertext },
    infoFor(file.header.direction),
    additionalData(file.header),
  );
  if (!packed) throw tampered;
  try {
    return JSON.parse(gunzipSync(packed, { maxOutputLength: MAX_PAYLOAD_BYTES }).toString('utf8'));
  } catch {
    throw new BundleError('damaged', DAMAGED);
  }
}
