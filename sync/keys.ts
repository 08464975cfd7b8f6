/**
 * Keys as they travel and are stored: the raw 32 bytes of each Ed25519 (signing) or X25519
 * (bundle encryption) key in base64url, without padding. Raw keys are short enough to
 * print, compare by eye and put in a QR code; node:crypto takes them through JWK.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as edSign,
  verify as edVerify,
  type KeyObject,
} from 'node:crypto';

export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

type Curve = 'Ed25519' | 'X25519';

function generate(curve: Curve): KeyPair {
  const { privateKey } = curve === 'Ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { publicKey: jwk.x!, privateKey: jwk.d! };
}

export const generateSigningKeys = (): KeyPair => generate('Ed25519');
export const generateBoxKeys = (): KeyPair => generate('X25519');

// Importing a key costs more than using it, and a hub checks thousands of calls a minute.
const keyObjects = new Map<string, KeyObject>();

function remembered(id: string, make: () => KeyObject): KeyObject {
  let object = keyObjects.get(id);
  if (!object) {
    object = make();
    if (keyObjects.size > 10_000) keyObjects.clear();
    keyObjects.set(id, object);
  }
  return object;
}

export function publicKeyObject(curve: Curve, key: string): KeyObject {
  return remembered(`${curve}:${key}`, () =>
    createPublicKey({ key: { kty: 'OKP', crv: curve, x: key }, format: 'jwk' }),
  );
}

export function privateKeyObject(curve: Curve, pair: KeyPair): KeyObject {
  return remembered(`${curve}:${pair.publicKey}:${pair.privateKey}`, () =>
    createPrivateKey({ key: { kty: 'OKP', crv: curve, x: pair.publicKey, d: pair.privateKey }, format: 'jwk' }),
  );
}

/** True when the text is a well-formed raw public key of the curve. */
export function isPublicKey(curve: Curve, key: string): boolean {
  if (!/^[A-Za-z0-9_-]{43}$/.test(key)) return false;
  try {
    publicKeyObject(curve, key);
    return true;
  } catch {
    return false;
  }
}

export function signText(pair: KeyPair, text: string): string {
  return edSign(null, Buffer.from(text, 'utf8'), privateKeyObject('Ed25519', pair)).toString('base64url');
}

export function verifyText(publicKey: string, text: string, signature: string): boolean {
  const bytes = Buffer.from(signature, 'base64url');
  if (bytes.length !== 64) return false;
  try {
    return edVerify(null, Buffer.from(text, 'utf8'), publicKeyObject('Ed25519', publicKey), bytes);
  } catch {
    return false;
  }
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * What an operator compares to be sure a kiosk talks to the right hub: 20 characters
 * derived from both of the hub's public keys, grouped by four.
 */
export function hubFingerprint(signingKey: string, boxKey: string): string {
  const digest = createHash('sha256').update(`serambi-hub-keys\n${signingKey}\n${boxKey}`).digest('base64url');
  const letters = digest.replace(/[-_]/g, '').slice(0, 20).toUpperCase();
  return letters.match(/.{4}/g)!.join('-');
}
