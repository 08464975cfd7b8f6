/**
 * Tracking codes: kiosk prefix + local sequence + one check character.
 *
 * Of each group of characters that read alike (0 O Q D, 1 I L, 2 Z, 5 S, 8 B, 6 G, U V Y)
 * the alphabet keeps at most one, so a code read off a receipt cannot be misread.
 * It has 23 symbols, a prime, so a position-weighted sum mod 23 changes whenever one
 * character is replaced by any other, and whenever two neighbours are swapped: a mistyped
 * code is caught before any lookup.
 */
export const ALPHABET = '23456789ACDEFHJKMNPRTWX';
const BASE = ALPHABET.length;
export const PREFIX_LENGTH = 3;
export const SEQUENCE_LENGTH = 5;
export const MAX_SEQUENCE = BASE ** SEQUENCE_LENGTH - 1;
const CODE_LENGTH = PREFIX_LENGTH + SEQUENCE_LENGTH + 1;

const valueOf = (char: string): number => ALPHABET.indexOf(char);

export function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * valueOf(body[i]!);
  return ALPHABET[sum % BASE]!;
}

export function isValidPrefix(prefix: string): boolean {
  return prefix.length === PREFIX_LENGTH && [...prefix].every((c) => valueOf(c) >= 0);
}

export function makeTrackingCode(prefix: string, sequence: number): string {
  if (!isValidPrefix(prefix))
    throw new Error(`Kiosk prefix "${prefix}" must be ${PREFIX_LENGTH} characters of ${ALPHABET}.`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) {
    throw new Error(`Tracking sequence ${sequence} is outside 0..${MAX_SEQUENCE}.`);
  }
  let digits = '';
  for (let n = sequence, i = 0; i < SEQUENCE_LENGTH; i++, n = Math.floor(n / BASE))
    digits = ALPHABET[n % BASE] + digits;
  const body = prefix + digits;
  return body + checkCharacter(body);
}

/** Codes are printed grouped for reading aloud at a counter: KC3-7H2M4-X. */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, PREFIX_LENGTH)}-${code.slice(PREFIX_LENGTH, -1)}-${code.slice(-1)}`;
}

/**
 * Accepts what a person types or a scanner reads (any case, spaces or hyphens) and returns
 * the canonical code, or null when it cannot be a code or its check character disagrees.
 */
export function parseTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH || [...code].some((c) => valueOf(c) < 0)) return null;
  return checkCharacter(code.slice(0, -1)) === code.slice(-1) ? code : null;
}
