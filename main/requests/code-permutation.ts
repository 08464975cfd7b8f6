import { createCipheriv, type Cipher } from 'node:crypto';

const ROUNDS = 8;

/**
 * A keyed permutation of 0 .. h²-1, where h = radix^halfDigits: numbers in, numbers out,
 * every output used exactly once, and without the key no output tells anything about
 * another. It turns a kiosk's request numbers into tracking codes that are unique by
 * construction yet cannot be guessed from one another.
 *
 * A balanced Feistel network over two halves of halfDigits digits each, with AES-128 as the
 * round function and addition modulo h (as FF1 does), so the domain is exactly the codes'
 * and no output needs re-encrypting to fit. Written here because no maintained npm package
 * offers format-preserving encryption over such a domain; the construction is the textbook
 * one (Luby-Rackoff), with twice the rounds its proof needs.
 */
export class CodePermutation {
  private readonly aes: Cipher;
  private readonly block = Buffer.alloc(16);
  private readonly half: number;
  readonly size: number;

  constructor(key: Uint8Array, radix: number, halfDigits: number) {
    if (key.length !== 16) throw new Error('A code permutation key has 16 bytes.');
    this.half = radix ** halfDigits;
    this.size = this.half * this.half;
    if (this.half < 2 || this.half > 2 ** 26) throw new Error(`No permutation of ${this.size}.`);
    // ECB over single blocks is just the block cipher applied to each input: a PRF here.
    this.aes = createCipheriv('aes-128-ecb', key, null).setAutoPadding(false);
  }

  encrypt(n: number): number {
    this.check(n);
    let left = Math.floor(n / this.half);
    let right = n % this.half;
    for (let round = 0; round < ROUNDS; round++) {
      [left, right] = [right, (left + this.round(round, right)) % this.half];
    }
    return left * this.half + right;
  }

  decrypt(n: number): number {
    this.check(n);
    let left = Math.floor(n / this.half);
    let right = n % this.half;
    for (let round = ROUNDS - 1; round >= 0; round--) {
      [left, right] = [(right - this.round(round, left) + this.half) % this.half, left];
    }
    return left * this.half + right;
  }

  private check(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0 || n >= this.size) throw new Error(`${n} is outside 0..${this.size - 1}.`);
  }

  /** A pseudo-random value below `half` for this round and input. */
  private round(round: number, value: number): number {
    this.block.fill(0);
    this.block[0] = round;
    this.block.writeUInt32BE(value, 1);
    // 48 bits taken modulo at most 2^26: the bias is below 2^-22.
    return this.aes.update(this.block).readUIntBE(0, 6) % this.half;
  }
}
