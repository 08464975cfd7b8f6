/**
 * Scanned-data reports of scanners in HID POS mode (usage page 0x8C, "Bar Code Scanner").
 * Honeywell, Zebra, Datalogic and Access-IS scanners lay the 64-byte input report out alike:
 *
 *   byte 0       report id 0x02
 *   byte 1       how many of bytes 5..60 carry data in this report (0-56)
 *   bytes 2-4    AIM symbology identifier, e.g. "]Q1" for a QR code
 *   bytes 5-60   the data, zero-padded
 *   byte 61      the maker's own symbology id; byte 62 reserved
 *   byte 63      bit 0 set: the code goes on in the next report
 *
 * A code longer than 56 bytes arrives in several reports, so the decoder keeps the bytes
 * until the report without the continuation bit.
 */
import type { ReportDecoder } from './report-decoder.ts';

export const POS_SCANNED_DATA_REPORT = 0x02;
const LENGTH_AT = 1;
const DATA_AT = 5;
const MAX_DATA = 56;
const CONTINUES_AT = 63;

export interface PosReport {
  symbology: string;
  data: Uint8Array;
  continues: boolean;
}

/** Reads one report; null for other reports (status, settings) and for malformed ones. */
export function readPosReport(report: Uint8Array): PosReport | null {
  if (report.length <= CONTINUES_AT || report[0] !== POS_SCANNED_DATA_REPORT) return null;
  const length = report[LENGTH_AT]!;
  if (length > MAX_DATA) return null;
  return {
    symbology: String.fromCharCode(...report.subarray(2, DATA_AT)),
    data: report.slice(DATA_AT, DATA_AT + length),
    continues: (report[CONTINUES_AT]! & 0x01) === 1,
  };
}

export class PosReportDecoder implements ReportDecoder {
  private parts: Uint8Array[] = [];

  push(report: Uint8Array): string | null {
    const read = readPosReport(report);
    if (!read) return null;
    this.parts.push(read.data);
    if (read.continues) return null;
    const bytes = Buffer.concat(this.parts);
    this.parts = [];
    // Scanners are often set to add CR or CR LF to every code, as they would when typing it.
    const code = new TextDecoder().decode(bytes).replace(/[\r\n]+$/, '');
    return code === '' ? null : code;
  }
}
