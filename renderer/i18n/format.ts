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

/**
 * The named formats the kiosk's screens use, in the kiosk's zone, so that a time on screen
 * is the time on the receipt whatever the display's zone: the catalogs' `{when, date, long}`
 * and `{when, time, short}`, and the staff desk's clock times and days.
 *
 * The zone is set here rather than as IntlProvider's `timeZone`: given that, react-intl merges
 * it into a copy of every default format on each message it formats, and keys its cache by
 * that whole object written out, which more than doubled the cost of every message
 * (18 against 7.5 µs each, measured with this catalog).
 */
export function formatsInZone(timeZone: string | undefined) {
  const zone = timeZone === undefined ? {} : { timeZone };
  return {
    date: {
      long: { day: 'numeric', month: 'long', year: 'numeric', ...zone },
      dayMonth: { day: 'numeric', month: 'long', ...zone },
    },
    time: {
      short: { hour: 'numeric', minute: 'numeric', ...zone },
      clock: { hour: '2-digit', minute: '2-digit', ...zone },
    },
  } as const;
}
