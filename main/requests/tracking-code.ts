/**
 * Tracking codes: kiosk prefix + eight characters + one check character, printed in three
 * groups of four: K3A7-H2M4-XADC.
 *
 * Of each group of characters that read alike (0 O Q D, 1 I L, 2 Z, 5 S, 8 B, 6 G, U V Y)
 * the alphabet keeps at most one, so a code read off a receipt cannot be misread.
 * It has 23 symbols, a prime, so a position-weighted sum mod 23 changes whenever one
 * character is replaced by any other, and whenever two neighbours are swapped: a mistyped
 * code is caught before any lookup.
 *
 * The eight middle characters are the request's number on this kiosk under a keyed
 * permutation (code-permutation.ts): unique by construction, and one receipt says nothing
 * about any other's code. Kiosks before this version used a plain five-character sequence
 * (K3A-7H2M4-X); those codes still parse and are found.
 */
import { CodePermutation } from './code-permutation.ts';

export const ALPHABET = '23456789ACDEFHJKMNPRTWX';
const BASE = ALPHABET.length;
export const PREFIX_LENGTH = 3;
const BODY_LENGTH = 8;
const HALF_DIGITS = BODY_LENGTH / 2;
export const CODE_LENGTH = PREFIX_LENGTH + BODY_LENGTH + 1;
/** The five-character sequence codes of earlier kiosks. */
const LEGACY_LENGTH = PREFIX_LENGTH + 5 + 1;
/** How many requests one kiosk prefix can number: 23^8, about 78 thousand million. */
export const MAX_REQUESTS = BASE ** BODY_LENGTH;
/** How many codes one pass of the permutation makes. */
const CODES_AHEAD = 64;

const valueOf = (char: string): number => ALPHABET.indexOf(char);

export function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * valueOf(body[i]!);
  return ALPHABET[sum % BASE]!;
}

export function isValidPrefix(prefix: string): boolean {
  return prefix.length === PREFIX_LENGTH && [...prefix].every((c) => valueOf(c) >= 0);
}

function digits(n: number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++, n = Math.floor(n / BASE)) text = ALPHABET[n % BASE] + text;
  return text;
}

function numberOf(text: string): number {
  let n = 0;
  for (const char of text) n = n * BASE + valueOf(char);
  return n;
}

/** A kiosk's codes: its prefix and the permutation keyed from its data key. */
export class TrackingCodes {
  private readonly permutation: CodePermutation;
  /** Codes made ahead for the numbers after the last one asked for: requests are numbered in turn. */
  private ahead = { first: 0, codes: [] as string[] };

  constructor(
    readonly prefix: string,
    key: Uint8Array,
  ) {
    if (!isValidPrefix(prefix)) {
      throw new Error(`Kiosk prefix "${prefix}" must be ${PREFIX_LENGTH} characters of ${ALPHABET}.`);
    }
    this.permutation = new CodePermutation(key, BASE, HALF_DIGITS);
  }

  /**
   * The code of this kiosk's request number `n` (its row id, from 1). The codes of the
   * numbers after it are made in the same pass and kept: a submission then finds its code
   * ready rather than making it after the fsync of the one before, when the core has gone
   * cold (measured by `npm run bench`).
   */
  codeFor(n: number): string {
    const index = n - this.ahead.first;
    if (index >= 0 && index < this.ahead.codes.length) return this.ahead.codes[index]!;
    const count = Math.min(CODES_AHEAD, this.permutation.size - n);
    const codes = this.permutation.encryptRun(n, count).map((value) => {
      const body = this.prefix + digits(value, BODY_LENGTH);
      return body + checkCharacter(body);
    });
    this.ahead = { first: n, codes };
    return codes[0]!;
  }

  /** The request number a canonical code of this kiosk stands for, or null for another kiosk's or an older code. */
  numberOf(code: string): number | null {
    if (code.length !== CODE_LENGTH || !code.startsWith(this.prefix)) return null;
    return this.permutation.decrypt(numberOf(code.slice(PREFIX_LENGTH, -1)));
  }
}

/** Codes are printed grouped for reading aloud at a counter: K3A7-H2M4-XADC (older: K3A-7H2M4-X). */
export function formatTrackingCode(code: string): string {
  if (code.length === LEGACY_LENGTH) return `${code.slice(0, 3)}-${code.slice(3, -1)}-${code.slice(-1)}`;
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * Accepts what a person types or a scanner reads (any case, spaces or hyphens) and returns
 * the canonical code, or null when it cannot be a code or its check character disagrees.
 */
export function parseTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH && code.length !== LEGACY_LENGTH) return null;
  if ([...code].some((c) => valueOf(c) < 0)) return null;
  return checkCharacter(code.slice(0, -1)) === code.slice(-1) ? code : null;
}

export const isLegacyCode = (code: string): boolean => code.length === LEGACY_LENGTH;
