/**
 * What an admin hands to the person enrolling a kiosk: the code as text, and a QR code
 * that carries the code, the hub's key fingerprint and (when known) the hub's address.
 */
import QRCode from 'qrcode';
import { enrolmentQrText } from '../../sync/enrolment.ts';
import type { EnrolmentCode } from './kiosks.ts';

export interface EnrolmentCard {
  code: string;
  expiresAt: Date;
  hubFingerprint: string;
  qrText: string;
  /** The QR code as an SVG document, ready for a page or a printout. */
  qrSvg: string;
}

export async function enrolmentCard(
  enrolment: EnrolmentCode,
  fingerprint: string,
  hubUrl: string | null,
): Promise<EnrolmentCard> {
  const qrText = enrolmentQrText({ code: enrolment.code, fingerprint, hubUrl });
  const qrSvg = await QRCode.toString(qrText, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { code: enrolment.code, expiresAt: enrolment.expiresAt, hubFingerprint: fingerprint, qrText, qrSvg };
}
