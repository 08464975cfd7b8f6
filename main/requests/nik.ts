import type { FieldErrorCode } from '../../preload/contract.ts';

/**
 * NIK: 2 province + 2 regency + 2 district digits, DDMMYY birth date (women add 40 to DD),
 * then a 4-digit serial from 0001. Region codes are not checked against a list on purpose:
 * older registrations keep codes from before regencies were split.
 */
export function checkNik(raw: string): { nik: string } | { error: FieldErrorCode } {
  const nik = raw.replace(/\s/g, '');
  if (!/^\d*$/.test(nik)) return { error: 'nikDigits' };
  if (nik.length !== 16) return { error: 'nikLength' };
  if (!isBirthDate(Number(nik.slice(6, 8)), Number(nik.slice(8, 10)), Number(nik.slice(10, 12)))) {
    return { error: 'nikDate' };
  }
  if (nik.slice(12) === '0000') return { error: 'nikSerial' };
  return { nik };
}

function isBirthDate(encodedDay: number, month: number, twoDigitYear: number): boolean {
  const day = encodedDay > 40 ? encodedDay - 40 : encodedDay;
  if (day < 1 || month < 1 || month > 12) return false;
  // The century is not in the NIK; 29 February is real if either century's year is a leap year.
  const leapPossible = twoDigitYear % 4 === 0;
  const daysInMonth = [31, leapPossible ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

/** Only the last four digits are ever shown, on screen and on paper. */
export function maskNik(nik: string): string {
  return '*'.repeat(Math.max(0, nik.length - 4)) + nik.slice(-4);
}
