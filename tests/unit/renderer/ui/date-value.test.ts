import { describe, expect, it } from 'vitest';
import { composeDateValue, daysInMonth, parseDateValue } from '../../../../renderer/ui/DatePicker.tsx';

describe('date picker values', () => {
  it('composes the forms the server checks: YYYY-MM-DD, and YYYY-MM-DDTHH:mm with a time', () => {
    expect(composeDateValue({ decade: 1980, year: 1987, month: 3, day: 14 }, false)).toBe('1987-03-14');
    expect(composeDateValue({ year: 2025, month: 2, day: 28, hour: 9, minute: 5 }, true)).toBe('2025-02-28T09:05');
  });

  it('has no value until every part is picked', () => {
    expect(composeDateValue({ decade: 1980, year: 1987, month: 3 }, false)).toBe('');
    expect(composeDateValue({ year: 2025, month: 2, day: 28, hour: 9 }, true)).toBe('');
  });

  it('reads a value back into its parts, decade included', () => {
    expect(parseDateValue('1987-03-14')).toEqual({ decade: 1980, year: 1987, month: 3, day: 14 });
    expect(parseDateValue('2025-02-28T09:30')).toEqual({
      decade: 2020,
      year: 2025,
      month: 2,
      day: 28,
      hour: 9,
      minute: 30,
    });
    expect(parseDateValue('')).toEqual({});
  });

  it('knows month lengths, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
