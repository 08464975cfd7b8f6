/** The two report layouts USB scanners use, told apart by the interface's HID usage page. */
export type HidReportFormat = 'pos' | 'keyboard';

/** Turns a scanner's input reports, one at a time, into whole codes. */
export interface ReportDecoder {
  /** The code this report completes, or null while it is still coming (or the report carries none). */
  push(report: Uint8Array): string | null;
}
