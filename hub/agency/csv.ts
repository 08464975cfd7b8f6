/**
 * CSV for the console's exports (RFC 4180, CRLF lines, UTF-8 with a byte-order mark so that
 * spreadsheet programs read Indonesian names right). A cell that a spreadsheet would run as
 * a formula (=, +, -, @ first) gets a leading apostrophe: exports hold what kiosks and
 * partners sent, and none of it may run.
 */
export type Cell = string | number | boolean | Date | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
