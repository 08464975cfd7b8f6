import CodepageEncoder, { type Codepage, type CodepageEncoding } from '@point-of-sale/codepage-encoder';

let shared = false;

/**
 * The ESC/POS encoder asks its code-page library for a table once per text fragment (and,
 * with automatic code pages, once per character and candidate page), and the library answers
 * every time with a fresh deep copy of the table. That copying was most of a receipt's
 * encoding: 1.3–1.6 ms for a 900-byte receipt on a 2-core machine, run on the kiosk's main
 * thread after every submission (0.3–0.5 ms with this). The tables never change, so each is
 * copied once and then shared. The library only reads them once built; the object is frozen,
 * but not its 256-entry array: a frozen array turns V8's lookups in it five times slower.
 * The library has no option for this (3.0.2 is its newest).
 */
export function shareCodepageTables(): void {
  if (shared) return;
  shared = true;
  const copyOf = CodepageEncoder.getEncoding.bind(CodepageEncoder);
  const tables = new Map<Codepage, CodepageEncoding>();
  // Building a table that extends another starts from a copy of the other and writes into
  // it, so while a table is being built the library gets its own copies as before.
  let building = false;
  CodepageEncoder.getEncoding = (codepage: Codepage): CodepageEncoding => {
    if (building) return copyOf(codepage);
    let table = tables.get(codepage);
    if (!table) {
      building = true;
      try {
        table = Object.freeze(copyOf(codepage));
      } finally {
        building = false;
      }
      tables.set(codepage, table);
    }
    return table;
  };
}
