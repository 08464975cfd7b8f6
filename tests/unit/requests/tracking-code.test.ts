import { describe, expect, it } from 'vitest';
import {
  ALPHABET,
  checkCharacter,
  formatTrackingCode,
  makeTrackingCode,
  parseTrackingCode,
} from '../../../main/requests/tracking-code.ts';

describe('tracking codes', () => {
  it('never repeat across 100,000 draws from each of two kiosks', () => {
    const seen = new Set<string>();
    for (const prefix of ['K3A', 'M7X']) {
      for (let sequence = 1; sequence <= 100_000; sequence++) seen.add(makeTrackingCode(prefix, sequence));
    }
    expect(seen.size).toBe(200_000);
  });

  it('use no characters that read like another (0 O 1 I L 5 S 8 B 2 Z U V)', () => {
    expect(ALPHABET).not.toMatch(/[01OQILSBZUVYG]/);
    const code = makeTrackingCode('K3A', 123_456);
    expect([...code].every((c) => ALPHABET.includes(c))).toBe(true);
  });

  it('catch every single-character substitution with the check character', () => {
    const codes = [makeTrackingCode('K3A', 1), makeTrackingCode('M7X', 98_765), makeTrackingCode('2WX', 6_000_000)];
    let tried = 0;
    for (const code of codes) {
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
    expect(tried).toBe(3 * 9 * 22);
  });

  it('catch two swapped neighbours', () => {
    const code = makeTrackingCode('K3A', 4321);
    for (let i = 0; i < code.length - 2; i++) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(parseTrackingCode(swapped)).toBeNull();
    }
  });

  it('accept what a person types: lower case, spaces and hyphens', () => {
    const code = makeTrackingCode('K3A', 77);
    const printed = formatTrackingCode(code);
    expect(printed).toMatch(/^K3A-[2-9A-X]{5}-[2-9A-X]$/);
    expect(parseTrackingCode(printed.toLowerCase().replace(/-/g, ' '))).toBe(code);
  });

  it('refuse text that cannot be a code', () => {
    expect(parseTrackingCode('')).toBeNull();
    expect(parseTrackingCode('K3A-OOOOO-1')).toBeNull();
    expect(parseTrackingCode(makeTrackingCode('K3A', 5) + '2')).toBeNull();
  });

  it('refuse a prefix outside the alphabet', () => {
    expect(() => makeTrackingCode('KIO', 1)).toThrow(/prefix/);
    expect(checkCharacter('K3A22222')).toHaveLength(1);
  });
});
