import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  ALPHABET,
  checkCharacter,
  formatTrackingCode,
  parseTrackingCode,
  MAX_REQUESTS,
  TrackingCodes,
} from '../../../main/requests/tracking-code.ts';
import { CodePermutation } from '../../../main/requests/code-permutation.ts';

const codes = (prefix: string, key = Buffer.alloc(16, 1)) => new TrackingCodes(prefix, key);

describe('tracking codes', () => {
  it('never repeat across 100,000 requests from each of two kiosks', () => {
    const seen = new Set<string>();
    for (const prefix of ['K3A', 'M7X']) {
      const kiosk = codes(prefix);
      for (let n = 1; n <= 100_000; n++) seen.add(kiosk.codeFor(n));
    }
    expect(seen.size).toBe(200_000);
  });

  it('are the same whatever order they are asked for in, though made in runs', () => {
    const inTurn = codes('K3A');
    const sequence = Array.from({ length: 200 }, (_, i) => inTurn.codeFor(i + 1));
    const scattered = codes('K3A');
    for (const n of [150, 3, 64, 65, 1, 200, 66, 2]) expect(scattered.codeFor(n), `${n}`).toBe(sequence[n - 1]);
    // The last numbers of the space make a shorter run, not an error.
    expect(codes('K3A').numberOf(codes('K3A').codeFor(MAX_REQUESTS - 2))).toBe(MAX_REQUESTS - 2);
  });

  it('lead back to their request number on their own kiosk only', () => {
    const kiosk = codes('K3A');
    for (const n of [1, 2, 77, 100_000, 5_000_000_000]) expect(kiosk.numberOf(kiosk.codeFor(n))).toBe(n);
    expect(kiosk.numberOf(codes('M7X').codeFor(5))).toBeNull();
  });

  it('do not lead from one receipt to the next: neighbours share no more than chance does', () => {
    const kiosk = codes('K3A', randomBytes(16));
    let shared = 0;
    const pairs = 2000;
    for (let n = 1; n <= pairs; n++) {
      const [a, b] = [kiosk.codeFor(n).slice(3, 11), kiosk.codeFor(n + 1).slice(3, 11)];
      for (let i = 0; i < 8; i++) if (a[i] === b[i]) shared++;
    }
    // Independent random characters agree in 8/23 of the 8 places: about 0.35 per pair.
    expect(shared / pairs).toBeLessThan(0.5);
    // And another kiosk's key numbers the same request differently.
    expect(codes('K3A', randomBytes(16)).codeFor(7)).not.toBe(kiosk.codeFor(7));
  });

  it('use no characters that read like another (0 O 1 I L 5 S 8 B 2 Z U V)', () => {
    expect(ALPHABET).not.toMatch(/[01OQILSBZUVYG]/);
    const code = codes('K3A').codeFor(123_456);
    expect(code).toHaveLength(12);
    expect([...code].every((c) => ALPHABET.includes(c))).toBe(true);
  });

  it('catch every single-character substitution with the check character', () => {
    const kiosk = codes('K3A');
    const some = [kiosk.codeFor(1), codes('M7X').codeFor(98_765), codes('2WX').codeFor(6_000_000)];
    let tried = 0;
    for (const code of some) {
      expect(parseTrackingCode(code)).toBe(code);
      for (let i = 0; i < code.length; i++) {
        for (const other of ALPHABET) {
          if (other === code[i]) continue;
          tried++;
          const wrong = code.slice(0, i) + other + code.slice(i + 1);
          expect(parseTrackingCode(wrong), `${wrong} should be refused`).toBeNull();
        }
      }
    }
    expect(tried).toBe(3 * 12 * 22);
  });

  it('catch two swapped neighbours', () => {
    const code = codes('K3A').codeFor(4321);
    for (let i = 0; i < code.length - 2; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(parseTrackingCode(swapped)).toBeNull();
    }
  });

  it('print in three groups of four and accept what a person types: lower case, spaces and hyphens', () => {
    const code = codes('K3A').codeFor(77);
    const printed = formatTrackingCode(code);
    expect(printed).toMatch(/^K3A[2-9A-X]-[2-9A-X]{4}-[2-9A-X]{4}$/);
    expect(parseTrackingCode(printed.toLowerCase().replace(/-/g, ' '))).toBe(code);
  });

  it('still read the five-character sequence codes of earlier kiosks', () => {
    const legacy = `K3A22223${checkCharacter('K3A22223')}`;
    expect(parseTrackingCode(legacy)).toBe(legacy);
    expect(formatTrackingCode(legacy)).toBe(`K3A-22223-${legacy.at(-1)}`);
  });

  it('refuse text that cannot be a code', () => {
    expect(parseTrackingCode('')).toBeNull();
    expect(parseTrackingCode('K3A-OOOOO-1')).toBeNull();
    expect(parseTrackingCode(codes('K3A').codeFor(5) + '2')).toBeNull();
    expect(() => codes('KIO')).toThrow(/prefix/);
  });
});

describe('the code permutation', () => {
  it('is a permutation that decrypt undoes, on a domain that is not a power of two', () => {
    const permutation = new CodePermutation(Buffer.alloc(16, 9), 10, 2);
    const size = 10 ** 4;
    const outputs = Array.from({ length: size }, (_, n) => permutation.encrypt(n));
    expect(new Set(outputs).size).toBe(size);
    expect(outputs.every((x) => x >= 0 && x < size)).toBe(true);
    expect(outputs.map((x) => permutation.decrypt(x))).toEqual(Array.from({ length: size }, (_, n) => n));
    expect(outputs.slice(0, 10)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(permutation.encryptRun(0, size)).toEqual(outputs);
    expect(permutation.encryptRun(9_990, 10)).toEqual(outputs.slice(9_990));
  });
});
