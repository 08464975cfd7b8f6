/**
 * Receipt text is reduced to what every ESC/POS printer's code pages can show: ASCII and
 * the Latin-1 letters (é, ñ, ü), which the encoder's automatic code page selection finds
 * on every printer it knows. Typographic punctuation becomes its ASCII look-alike, other
 * accented letters lose the accent, and control characters are dropped: in the byte
 * stream a name containing ESC or GS would be a printer command.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BB': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u2022': '*',
};

const isLatin1Printable = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa1 && code <= 0xff && code !== 0xad);
};

function printableChar(char: string): string {
  if (char === '\n' || isLatin1Printable(char)) return char;
  const lookalike = LOOKALIKES[char];
  if (lookalike !== undefined) return lookalike;
  if (/\s/u.test(char)) return ' ';
  if (/[\p{Cc}\p{Cf}]/u.test(char)) return '';
  const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
  return bare !== '' && [...bare].every(isLatin1Printable) ? bare : '?';
}

/** Text as the printer can print it; newlines are kept. */
export function printable(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += printableChar(char);
  return out;
}

/** Text for a one-line slot (a label, a value, a list item): newlines become spaces. */
export function printableLine(text: string): string {
  return printable(text).replace(/ *\n */g, ' ');
}

/** Greedy word wrap; a word longer than the width is split across lines. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest !== '') {
      const room = line === '' ? width : width - line.length - 1;
      if (rest.length <= room) {
        line = line === '' ? rest : `${line} ${rest}`;
        rest = '';
      } else if (line === '') {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      } else {
        lines.push(line);
        line = '';
      }
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Word wrap with lines as even as the words allow: as many lines as a greedy wrap needs,
 * at the narrowest width that still needs no more. "Mal Pelayanan / Publik Kabupaten"
 * reads better under a centred title than "Mal Pelayanan Publik / Kabupaten".
 */
export function balancedWrap(text: string, width: number): string[] {
  const lines = wrapWords(text, width);
  let narrowest = width;
  for (let w = width - 1; w > 0; w--) {
    const tried = wrapWords(text, w);
    if (tried.length > lines.length || tried.some((l) => l.length > w)) break;
    narrowest = w;
  }
  return narrowest === width ? lines : wrapWords(text, narrowest);
}
