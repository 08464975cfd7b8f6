import type { IntlShape } from 'react-intl';

/** "Gratis"/"Free" for zero, otherwise rupiah in the active locale: "Rp 50.000" / "Rp 50,000". */
export function formatCost(intl: IntlShape, amountIdr: number): string {
  if (amountIdr === 0) return intl.formatMessage({ id: 'standard.costFree' });
  return intl.formatMessage({ id: 'standard.costAmount' }, { amount: amountIdr });
}

/**
 * A date answer ("1987-03-14", or "1987-03-14T09:30" with a time) in words. It is a
 * calendar date, not an instant, so it is formatted in UTC to keep the day from shifting.
 */
export function formatDateAnswer(intl: IntlShape, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = intl.formatDate(new Date(Date.UTC(y, mo - 1, d)), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (match[4] === undefined) return date;
  const time = intl.formatTime(new Date(Date.UTC(2000, 0, 1, h, mi)), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return intl.formatMessage({ id: 'date.withTime' }, { date, time });
}
