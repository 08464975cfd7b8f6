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
    return this.encryptRun(n, 1)[0]!;
  }

  /**
   * The outputs for `first`, `first + 1`, … (`count` of them). Each round of the whole run
   * is one call into the cipher, which costs about what one block does: a run of numbers
   * to come is made for little more than one.
   */
  encryptRun(first: number, count: number): number[] {
    this.check(first);
    this.check(first + count - 1);
    const left: number[] = [];
    const right: number[] = [];
    for (let n = first; n < first + count; n++) {
      left.push(Math.floor(n / this.half));
      right.push(n % this.half);
    }
    for (let round = 0; round < ROUNDS; round++) {
      const mixed = this.round(round, right);
      for (let i = 0; i < count; i++) {
        [left[i], right[i]] = [right[i]!, (left[i]! + mixed[i]!) % this.half];
      }
    }
    return left.map((l, i) => l * this.half + right[i]!);
  }

  decrypt(n: number): number {
    this.check(n);
    let left = Math.floor(n / this.half);
    let right = n % this.half;
    for (let round = ROUNDS - 1; round >= 0; round--) {
      [left, right] = [(right - this.round(round, [left])[0]! + this.half) % this.half, left];
    }
    return left * this.half + right;
  }

  private check(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0 || n >= this.size) throw new Error(`${n} is outside 0..${this.size - 1}.`);
  }

  /** A pseudo-random value below `half` for this round and each input. */
  private round(round: number, values: number[]): number[] {
    const blocks = Buffer.alloc(16 * values.length);
    values.forEach((value, i) => {
      blocks[16 * i] = round;
      blocks.writeUInt32BE(value, 16 * i + 1);
    });
    const out = this.aes.update(blocks);
    // 48 bits taken modulo at most 2^26: the bias is below 2^-22.
    return values.map((_, i) => out.readUIntBE(16 * i, 6) % this.half);
  }
}
