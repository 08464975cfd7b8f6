import { describe, expect, it } from 'vitest';
import {
  enrolmentQrText,
  newEnrolmentCode,
  normaliseEnrolmentCode,
  parseEnrolmentQr,
} from '../../../sync/enrolment.ts';
import { hubFingerprint, generateBoxKeys, generateSigningKeys } from '../../../sync/keys.ts';

describe('enrolment codes', () => {
  it('are 16 characters of the kiosk alphabet, grouped by four, and read back however typed', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^([23456789ACDEFHJKMNPRTWX]{4}-){3}[23456789ACDEFHJKMNPRTWX]{4}$/);
    expect(normaliseEnrolmentCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseEnrolmentCode('0000-1111-2222-3333')).toBeNull();
    expect(normaliseEnrolmentCode('2222-3333')).toBeNull();
  });

  it('travel in a QR code with the hub key fingerprint and the hub address', () => {
    const fingerprint = hubFingerprint(generateSigningKeys().publicKey, generateBoxKeys().publicKey);
    expect(fingerprint).toMatch(/^([A-Z0-9]{4}-){4}[A-Z0-9]{4}$/);
    const qr = { code: newEnrolmentCode(), fingerprint, hubUrl: 'https://hub.example.go.id' };
    expect(parseEnrolmentQr(enrolmentQrText(qr))).toEqual(qr);
    expect(parseEnrolmentQr(enrolmentQrText({ ...qr, hubUrl: null }))).toEqual({ ...qr, hubUrl: null });
    expect(parseEnrolmentQr('https://example.com')).toBeNull();
  });
});
