import { describe, expect, it } from 'vitest';
import { PosReportDecoder, readPosReport } from '../../../main/devices/hid-pos-report.ts';
import { readHexFixture } from '../../fixtures/scanners/hex-fixture.ts';

const decodeAll = (reports: Uint8Array[]) => {
  const decoder = new PosReportDecoder();
  return reports.map((report) => decoder.push(report)).filter((code) => code !== null);
};

describe('HID POS scanned-data reports', () => {
  it('decode a receipt QR code to its tracking code', () => {
    const [report] = readHexFixture('hid-pos-tracking-code.hex');
    expect(readPosReport(report!)).toMatchObject({ symbology: ']Q1', continues: false });
    expect(decodeAll([report!])).toEqual(['K3A22A2DA']);
  });

  it('join a code spread over reports by the continuation bit, without the CR the scanner adds', () => {
    expect(decodeAll(readHexFixture('hid-pos-long-code.hex'))).toEqual([
      'STAFF-0042/DISDUKCAPIL-KOTA-BANDUNG/LOKET-A/PETUGAS-PELAYANAN-2026',
    ]);
  });

  it('ignore other reports, short reports and lengths past the data field', () => {
    const [report] = readHexFixture('hid-pos-tracking-code.hex');
    const tooLong = Uint8Array.from(report!);
    tooLong[1] = 57;
    expect(readPosReport(tooLong)).toBeNull();
    expect(readPosReport(report!.subarray(0, 32))).toBeNull();
    expect(decodeAll([Uint8Array.of(0x02, 0x00, ...new Array(62).fill(0))])).toEqual([]);
  });
});
