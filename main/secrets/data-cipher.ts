import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
/** IVs are cut from a pool of random bytes: one call to the system's generator per 340 seals, not one per seal. */
const IV_POOL_BYTES = IV_BYTES * 340;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** Raised when sealed data cannot be opened: another key, or bytes changed on disk. */
export class SealedDataError extends Error {
  override name = 'SealedDataError';
}

/**
 * Seals personal data for the database with AES-256-GCM under the install's data key.
 * Each value is bound to where it belongs (its `context`, such as the column and the row's
 * request), so sealed bytes copied from one place to another do not open there.
 * Layout: version (1 byte) | IV (12) | tag (16) | ciphertext.
 */
export class DataCipher {
  private readonly sealKey: Buffer;
  private readonly checkKey: Buffer;
  private ivPool = Buffer.alloc(0);

  constructor(private readonly dataKey: Uint8Array) {
    if (dataKey.length !== 32) throw new Error('A data key has 32 bytes.');
    this.sealKey = this.derive('data seal', 32);
    this.checkKey = this.derive('data key check', 32);
  }

  /** Separate keys for separate uses, all from the one data key the key store keeps. */
  derive(purpose: string, bytes: number): Buffer {
    return Buffer.from(hkdfSync('sha256', this.dataKey, Buffer.alloc(0), `serambi ${purpose} v1`, bytes));
  }

  seal(plaintext: string | Uint8Array, context: string): Buffer {
    if (this.ivPool.length < IV_BYTES) this.ivPool = randomBytes(IV_POOL_BYTES);
    const iv = this.ivPool.subarray(0, IV_BYTES);
    this.ivPool = this.ivPool.subarray(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([
      typeof plaintext === 'string' ? cipher.update(plaintext, 'utf8') : cipher.update(plaintext),
      cipher.final(),
    ]);
    return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Uint8Array, context: string): string {
    return this.openBytes(sealed, context).toString('utf8');
  }

  openBytes(sealed: Uint8Array, context: string): Buffer {
    const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (bytes.length < HEADER_BYTES || bytes[0] !== VERSION) {
      throw new SealedDataError(`Sealed ${context} is not in a form this kiosk knows.`);
    }
    const decipher = createDecipheriv('aes-256-gcm', this.sealKey, bytes.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, HEADER_BYTES));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]);
    } catch {
      throw new SealedDataError(`Sealed ${context} does not open with this data key, or was changed on disk.`);
    }
  }

  /** Identifies the key without revealing it: stored beside the data, compared at start-up. */
  keyCheck(): string {
    return createHmac('sha256', this.checkKey).update('serambi data key check').digest('base64url');
  }
}
