import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { intlIn } from '../../../../renderer/i18n/intl.ts';
import { formatCost, formatDateAnswer, formatsInZone } from '../../../../renderer/i18n/format.ts';
import { MESSAGES } from '../../../../renderer/i18n/messages.ts';

/** Intl separates "Rp" from the amount with a no-break space. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('ICU formatting in the active locale', () => {
  it('writes rupiah as each language does', () => {
    expect(plain(formatCost(intlIn('id'), 50_000))).toBe('Rp 50.000');
    expect(plain(formatCost(intlIn('en'), 50_000))).toBe('Rp 50,000');
    expect(formatCost(intlIn('id'), 0)).toBe('Gratis');
    expect(formatCost(intlIn('en'), 0)).toBe('Free');
  });

  it('writes dates in words, day first in both languages', () => {
    const when = new Date('2026-11-27T10:00:00+07:00');
    expect(intlIn('id').formatMessage({ id: 'result.requestedAt' }, { when })).toContain('27 November 2026');
    expect(intlIn('en').formatMessage({ id: 'result.requestedAt' }, { when })).toContain('27 November 2026');
    expect(formatDateAnswer(intlIn('id'), '1987-03-14')).toBe('14 Maret 1987');
    expect(formatDateAnswer(intlIn('en'), '2026-01-05T19:30')).toBe('5 January 2026 at 19:30');
  });

  it('counts in the plural forms of each language', () => {
    expect(intlIn('en').formatMessage({ id: 'idle.body' }, { seconds: 1 })).toContain('in 1 second.');
    expect(intlIn('en').formatMessage({ id: 'idle.body' }, { seconds: 20 })).toContain('in 20 seconds.');
    expect(intlIn('id').formatMessage({ id: 'idle.body' }, { seconds: 1 })).toContain('dalam 1 detik.');
    expect(intlIn('en').formatMessage({ id: 'standard.questions' }, { count: 1 })).toBe('You will answer 1 question.');
  });

  it("shows times in the kiosk's zone, not the display's, on the citizen's screens and the staff desk", () => {
    // 21.28 on 29 November in UTC (the test's zone) is 06.28 on the 30th in Jayapura.
    const when = new Date('2026-11-29T21:28:00Z');
    const kiosk = createIntl({ locale: 'id-ID', messages: MESSAGES.id, formats: formatsInZone('Asia/Jayapura') });
    expect(kiosk.formatMessage({ id: 'result.requestedAt' }, { when })).toContain('30 November 2026, pukul 06.28');
    expect(kiosk.formatTime(when, { format: 'clock' })).toBe('06.28');
    expect(kiosk.formatDate(when, { format: 'dayMonth' })).toBe('30 November');
  });
});
