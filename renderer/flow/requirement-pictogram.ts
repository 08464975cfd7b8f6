/**
 * A pictogram for a requirement from its words, so a citizen who reads with difficulty
 * still sees which documents to bring: the family card, an ID card, a photo, a certificate,
 * or a letter for anything else. Words in both catalog languages.
 */
const BY_WORDS: Array<[RegExp, string]> = [
  [/kartu keluarga|\bKK\b|family card/i, 'family'],
  [/\bKTP|kartu tanda penduduk|\bID card/i, 'id-card'],
  [/\bfoto|\bphoto/i, 'photo'],
  [/\bakta|buku nikah|ijazah|certificate|marriage book/i, 'stamp'],
];

export function requirementPictogram(text: string): string {
  return BY_WORDS.find(([words]) => words.test(text))?.[1] ?? 'letter';
}
