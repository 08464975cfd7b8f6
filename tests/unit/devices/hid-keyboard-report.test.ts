import { describe, expect, it } from 'vitest';
import { characterOf, KeyboardReportDecoder } from '../../../main/devices/hid-keyboard-report.ts';
import { readHexFixture } from '../../fixtures/scanners/hex-fixture.ts';

const decodeAll = (reports: Uint8Array[]) => {
  const decoder = new KeyboardReportDecoder();
  return reports.map((report) => decoder.push(report)).filter((code) => code !== null);
};

describe('boot-keyboard reports from a scanner in keyboard mode', () => {
  it('decode to the tracking code, the doubled character typed twice', () => {
    expect(decodeAll(readHexFixture('hid-keyboard-tracking-code.hex'))).toEqual(['K3A22A2DA']);
  });

  it('type a held key once, skip ErrorRollOver, read right Shift and keypad digits, end at keypad Enter', () => {
    expect(decodeAll(readHexFixture('hid-keyboard-badge.hex'))).toEqual(['STAFF-0042']);
  });

  it('map usage codes as the HID Usage Tables do for a US keyboard', () => {
    const typed = (usages: number[], shift: boolean) => usages.map((u) => characterOf(u, shift)).join('');
    expect(typed([0x04, 0x1d, 0x1e, 0x27, 0x2d, 0x38], false)).toBe('az10-/');
    expect(typed([0x04, 0x1d, 0x1e, 0x27, 0x2d, 0x38], true)).toBe('AZ!)_?');
    expect(characterOf(0x28, false)).toBeNull();
  });

  it('yield nothing for an Enter with no code before it, or for reports of another length', () => {
    expect(decodeAll([Uint8Array.of(0, 0, 0x28, 0, 0, 0, 0, 0), Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0)])).toEqual([]);
  });
});
