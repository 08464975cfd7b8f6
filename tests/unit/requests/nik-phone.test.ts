import { describe, expect, it } from 'vitest';
import { checkNik, maskNik } from '../../../main/requests/nik.ts';
import { isValidPhoneNumber } from 'libphonenumber-js/mobile';
import { checkMobilePhone } from '../../../main/requests/phone.ts';

describe('NIK', () => {
  it('accepts a man born 17 August 1985 and a woman born the same day (day + 40)', () => {
    expect(checkNik('3273011708850001')).toEqual({ nik: '3273011708850001' });
    expect(checkNik('3273015708850002')).toEqual({ nik: '3273015708850002' });
  });

  it('accepts spaces typed between digit groups', () => {
    expect(checkNik('3273 0117 0885 0001')).toEqual({ nik: '3273011708850001' });
  });

  it('says which rule a wrong NIK breaks', () => {
    expect(checkNik('327301170885')).toEqual({ error: 'nikLength' });
    expect(checkNik('32730117088500011')).toEqual({ error: 'nikLength' });
    expect(checkNik('3273A11708850001')).toEqual({ error: 'nikDigits' });
    expect(checkNik('3273013208850001')).toEqual({ error: 'nikDate' }); // day 32
    expect(checkNik('3273017208850001')).toEqual({ error: 'nikDate' }); // woman's day 32
    expect(checkNik('3273011713850001')).toEqual({ error: 'nikDate' }); // month 13
    expect(checkNik('3273013102850001')).toEqual({ error: 'nikDate' }); // 31 February
    expect(checkNik('3273012902850001')).toEqual({ error: 'nikDate' }); // 29 Feb 1985/2085
    expect(checkNik('3273011708850000')).toEqual({ error: 'nikSerial' });
  });

  it('accepts 29 February in a leap year and a region code missing from current lists', () => {
    expect(checkNik('3273012902880001')).toEqual({ nik: '3273012902880001' });
    expect(checkNik('9999010101000001')).toEqual({ nik: '9999010101000001' });
  });

  it('is shown with only its last four digits', () => {
    expect(maskNik('3273011708850001')).toBe('************0001');
  });
});

describe('mobile phone numbers', () => {
  it('accepts the ways Indonesians write a mobile number and stores E.164', () => {
    for (const typed of [
      '081234567890',
      '+6281234567890',
      '6281234567890',
      '0812 3456 7890',
      '0812-3456-7890',
      '(0812) 3456.7890',
      '+62 0812 3456 7890',
      '81234567890',
    ]) {
      expect(checkMobilePhone(typed)?.e164, typed).toBe('+6281234567890');
    }
  });

  it('refuses landlines, short numbers and other countries', () => {
    expect(checkMobilePhone('0215551234')).toBeNull();
    expect(checkMobilePhone('08123')).toBeNull();
    expect(checkMobilePhone('+60123456789')).toBeNull();
    expect(checkMobilePhone('0812345678901234')).toBeNull();
  });

  it('refuses anything around the number: an extension, a link, letters', () => {
    for (const typed of [
      '0812 3456 7890 ext. 5',
      'tel:+6281234567890',
      '0812345678x',
      '00628123456789',
      '+62+81234567890',
    ]) {
      expect(checkMobilePhone(typed), typed).toBeNull();
    }
  });

  it('agrees with libphonenumber-js on which numbers are Indonesian mobiles, for every prefix and length', () => {
    let accepted = 0;
    for (let prefix = 800; prefix <= 899; prefix++) {
      for (let length = 7; length <= 14; length++) {
        const national = `${prefix}${'4705126938'.repeat(2)}`.slice(0, length);
        const expected = isValidPhoneNumber(`0${national}`, 'ID');
        expect(checkMobilePhone(`0${national}`) !== null, national).toBe(expected);
        if (expected) accepted++;
      }
    }
    // Most prefixes are mobile at four lengths; a rule that refused everything would fail here.
    expect(accepted).toBeGreaterThan(250);
  });

  it('shows a number grouped as the library formats it', () => {
    expect(checkMobilePhone('081234567890')?.display()).toBe('+62 812 3456 7890');
  });
});
