/**
 * GeoReport answers are public: a NIK or a phone number typed into a description, an
 * address or a note for the citizen must not leave through them. Both are blanked out,
 * whatever separators were typed between the digits.
 */

/** 16 digits (a NIK or a family card number), possibly grouped with spaces, dots or hyphens. */
const NIK = /(?<!\d)\d(?:[\s.-]?\d){15}(?!\d)/g;
/** Indonesian mobile and fixed numbers: +62 or 62 or 0, then 8 to 13 more digits, possibly grouped. */
const PHONE = /(?<![\d+])(?:\+62|62|0)[\s.-]?\d(?:[\s.-]?\d){7,12}(?!\d)/g;

export function withoutIdentifiers(text: string): string {
  return text.replace(NIK, '[NIK]').replace(PHONE, '[telepon]');
}
