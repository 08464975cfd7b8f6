/**
 * The operator's statistics as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read Indonesian letters right): one row per day and measure.
 */
import type { Statistics } from '../../preload/staff-contract.ts';

/** A cell a spreadsheet could take for a formula starts with a quote instead. */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function statisticsCsv(stats: Statistics, serviceName: (code: string) => string): string {
  const rows: (string | number)[][] = [['day', 'measure', 'service_code', 'service_name', 'counter', 'count']];
  for (const r of stats.requests)
    rows.push([r.day, 'requests', r.serviceCode, serviceName(r.serviceCode), r.counter, r.n]);
  for (const h of stats.helpCalls) rows.push([h.day, 'help_calls', '', '', '', h.n]);
  for (const f of stats.printFaults) rows.push([f.day, `print_faults:${f.kind}`, '', '', '', f.n]);
  const [header, ...body] = rows;
  body.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return `\uFEFF${[header!, ...body].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
