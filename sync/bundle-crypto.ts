/**
 * Encryption of USB bundles to a recipient's X25519 key: a fresh ephemeral key pair per
 * bundle, X25519 agreement, HKDF-SHA256 to an AES-256-GCM key, and the bundle's header as
 * additional data, so neither the header nor the contents can change unnoticed.
 */
import { createCipheriv, createDecipheriv, diffieHellman, hkdfSync, randomBytes } from 'node:crypto';
import { generateBoxKeys, privateKeyObject, publicKeyObject, type KeyPair } from './keys.ts';

export interface Sealed {
  ephemeralKey: string;
  iv: string;
  tag: string;
  ciphertext: Buffer;
}

function bundleKey(
  own: KeyPair,
  otherPublic: string,
  ephemeralKey: string,
  recipientKey: string,
  info: string,
): Buffer {
  const shared = diffieHellman({
    privateKey: privateKeyObject('X25519', own),
    publicKey: publicKeyObject('X25519', otherPublic),
  });
  const salt = Buffer.concat([Buffer.from(ephemeralKey, 'base64url'), Buffer.from(recipientKey, 'base64url')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, info, 32));
}

/** `aad` receives the ephemeral key and iv, so the caller can put them in the header it binds. */
export function seal(
  recipientKey: string,
  plaintext: Uint8Array,
  info: string,
  aad: (ephemeralKey: string, iv: string) => string,
): Sealed {
  const ephemeral = generateBoxKeys();
  const key = bundleKey(ephemeral, recipientKey, ephemeral.publicKey, recipientKey, info);
  const iv = randomBytes(12).toString('base64url');
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  cipher.setAAD(Buffer.from(aad(ephemeral.publicKey, iv), 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ephemeralKey: ephemeral.publicKey, iv, tag: cipher.getAuthTag().toString('base64url'), ciphertext };
}

/** Returns null when the key, the header or the contents do not match. */
export function open(recipient: KeyPair, sealed: Sealed, info: string, aad: string): Buffer | null {
  try {
    const key = bundleKey(recipient, sealed.ephemeralKey, sealed.ephemeralKey, recipient.publicKey, info);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}
