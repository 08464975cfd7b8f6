import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Indonesian mobile numbers, typed as 0812..., 62812... or +62812...; stored as E.164.
 * The full metadata is used because only it knows which numbers are mobile: SMS updates
 * are the reason the kiosk asks for a number at all.
 */
export function checkMobilePhone(raw: string): { e164: string; display: string } | null {
  const compact = raw.replace(/[\s().-]/g, '');
  const withPlus = /^62\d+$/.test(compact) ? `+${compact}` : compact;
  const phone = parsePhoneNumberFromString(withPlus, 'ID');
  if (!phone || phone.country !== 'ID' || !phone.isValid()) return null;
  const type = phone.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return null;
  if (!/^8\d{8,11}$/.test(phone.nationalNumber)) return null;
  return { e164: phone.number, display: phone.formatInternational() };
}
