import QRCode, { type QRCodeSegment } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrModules, qrModuleSize } from '../../../main/printing/qr-size.ts';

const DOTS_PER_MM_203_DPI = 8;

describe('QR code size', () => {
  it.each([
    ['numeric', '0123456789'],
    ['alphanumeric', 'KC37H2M4X-/:'],
    ['byte', 'https://serambi.example/lacak?kode=kc37h2m4x&'],
  ] as const)('predicts the %s-mode symbol size of a reference encoder for 1-400 characters', (mode, alphabet) => {
    for (let n = 1; n <= 400; n++) {
      const payload = Array.from({ length: n }, (_, i) => alphabet[i % alphabet.length]).join('');
      const reference = QRCode.create([{ data: payload, mode } as QRCodeSegment], { errorCorrectionLevel: 'M' });
      expect(qrModules(payload), `${n} characters`).toBe(reference.modules.size);
    }
  });

  it('keeps the code at most 30 mm wide and about 25-30 mm once the payload needs that many modules', () => {
    for (const payload of ['https://serambi.example/l/KC37H2M4X', 'x'.repeat(100), 'y'.repeat(150)]) {
      const mm = (qrModules(payload) * qrModuleSize(payload, DOTS_PER_MM_203_DPI)) / DOTS_PER_MM_203_DPI;
      expect(mm, payload).toBeLessThanOrEqual(30);
      expect(mm, payload).toBeGreaterThanOrEqual(24);
    }
  });

  it('uses the largest module the encoder allows for a short code', () => {
    expect(qrModuleSize('KC37H2M4X', DOTS_PER_MM_203_DPI)).toBe(8);
  });
});
