/**
 * Scanners that act as a USB keyboard send boot-keyboard input reports: 8 bytes of
 * modifier bits, a reserved byte and up to six pressed keys as HID keyboard usage codes
 * (HID Usage Tables, Keyboard/Keypad page 0x07). A scanner "types" each character as a
 * report with the key down and a report with all keys up, and Enter after the code.
 *
 * Characters follow the US layout, which is what scanners assume unless set otherwise.
 */
import type { ReportDecoder } from './report-decoder.ts';

const BOOT_REPORT_LENGTH = 8;
const SHIFT = 0x02 | 0x20; // left or right Shift in the modifier byte
const ERROR_ROLL_OVER = 0x01;
const ENTER = [0x28, 0x58]; // Enter and keypad Enter end a code

/** Consecutive usage codes from `first`, each typing a character of `plain`, or of `shifted` with Shift. */
const row = (first: number, plain: string, shifted = plain) =>
  [...plain].map((c, i) => [first + i, [c, shifted[i]!]] as const);

const CHARACTERS = new Map<number, readonly [string, string]>([
  ...row(0x04, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
  ...row(0x1e, '1234567890', '!@#$%^&*()'),
  ...row(0x2c, ' -=[]\\', ' _+{}|'),
  ...row(0x33, ";'`,./", ':"~<>?'),
  // Some scanners type digits on the keypad, which ignores Shift.
  ...row(0x54, '/*-+'),
  ...row(0x59, '1234567890.'),
]);

export interface KeyboardReport {
  shift: boolean;
  keys: number[];
}

/** Reads one report; null when it is not a boot-keyboard report or reports too many keys at once. */
export function readKeyboardReport(report: Uint8Array): KeyboardReport | null {
  if (report.length !== BOOT_REPORT_LENGTH) return null;
  const keys = [...report.subarray(2)].filter((usage) => usage !== 0);
  if (keys.includes(ERROR_ROLL_OVER)) return null;
  return { shift: (report[0]! & SHIFT) !== 0, keys };
}

export function characterOf(usage: number, shift: boolean): string | null {
  const pair = CHARACTERS.get(usage);
  return pair ? pair[shift ? 1 : 0] : null;
}

export class KeyboardReportDecoder implements ReportDecoder {
  private typed = '';
  private held: number[] = [];

  push(report: Uint8Array): string | null {
    const read = readKeyboardReport(report);
    if (!read) return null;
    // A key counts when it goes down: it stays in the reports for as long as it is held.
    const pressed = read.keys.filter((usage) => !this.held.includes(usage));
    this.held = read.keys;
    let code: string | null = null;
    for (const usage of pressed) {
      if (ENTER.includes(usage)) {
        if (this.typed !== '') code = this.typed;
        this.typed = '';
      } else {
        this.typed += characterOf(usage, read.shift) ?? '';
      }
    }
    return code;
  }
}
