import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';

/**
 * Indonesian mobile numbers, typed as 0812..., 62812... or +62812...; stored as E.164.
 * The mobile metadata calls only mobile numbers valid: SMS updates are the reason the
 * kiosk asks for a number at all, so a landline is refused.
 */
export function checkMobilePhone(raw: string): { e164: string; display(): string } | null {
  const compact = raw.replace(/[\s().-]/g, '');
  const withPlus = /^62\d+$/.test(compact) ? `+${compact}` : compact;
  const phone = parsePhoneNumberFromString(withPlus, 'ID');
  if (!phone || phone.country !== 'ID' || !phone.isValid()) return null;
  if (!/^8\d{8,11}$/.test(phone.nationalNumber)) return null;
  // Formatting costs as much as parsing and a submission stores only the E.164 form.
  return { e164: phone.number, display: () => phone.formatInternational() };
}
