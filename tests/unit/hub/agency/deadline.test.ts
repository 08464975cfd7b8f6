import { describe, expect, it } from 'vitest';
import { agencyToday, deadlineOf, lastOverdueFilingDay, workingDaysLeft } from '../../../../hub/agency/deadline.ts';

// 2026-11-27 is a Friday; 2026-11-28/29 the weekend; 2026-11-30 a Monday.
describe('working-day deadlines', () => {
  it('counts Monday to Friday from the filing day, a weekend filing from Monday', () => {
    expect(deadlineOf('2026-11-27', 0)).toBe('2026-11-27');
    expect(deadlineOf('2026-11-27', 1)).toBe('2026-11-30');
    expect(deadlineOf('2026-11-26', 3)).toBe('2026-12-01');
    expect(deadlineOf('2026-11-28', 0)).toBe('2026-11-30');
    expect(deadlineOf('2026-11-29', 2)).toBe('2026-12-02');
    expect(deadlineOf('2026-11-23', 10)).toBe('2026-12-07');
  });

  it('says how many working days are left, and how late once past', () => {
    expect(workingDaysLeft('2026-12-01', '2026-11-27')).toBe(2);
    expect(workingDaysLeft('2026-11-27', '2026-11-27')).toBe(0);
    expect(workingDaysLeft('2026-11-27', '2026-11-28')).toBe(-1);
    expect(workingDaysLeft('2026-11-27', '2026-11-30')).toBe(-1);
    expect(workingDaysLeft('2026-11-27', '2026-12-01')).toBe(-2);
  });

  it('finds the last filing day that is overdue today, agreeing with deadlineOf', () => {
    for (const today of ['2026-11-30', '2026-12-01', '2026-12-05'])
      for (const days of [0, 1, 3, 10]) {
        const last = lastOverdueFilingDay(today, days);
        expect(deadlineOf(last, days) < today).toBe(true);
        const next = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(deadlineOf(next, days) >= today).toBe(true);
      }
  });

  it('takes the calendar day in WIB', () => {
    expect(agencyToday(new Date('2026-11-29T17:30:00Z'))).toBe('2026-11-30');
    expect(agencyToday(new Date('2026-11-29T16:59:00Z'))).toBe('2026-11-29');
  });
});
