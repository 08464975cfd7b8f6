import { memo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';

/** The parts picked so far; the answer exists only once every part is there. */
export type DateParts = {
  decade?: number;
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
};
type Step = 'decade' | 'year' | 'month' | 'day' | 'hour' | 'minute';

/** The server refuses dates before this year (main/requests/validate-answer.ts). */
const FIRST_DECADE = 1900;
const MINUTE_STEP = 5;

const pad = (n: number) => String(n).padStart(2, '0');
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "1987-03-14" or "1987-03-14T09:30" back into parts; anything else starts empty. */
export function parseDateValue(value: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return {};
  const year = Number(m[1]);
  return {
    decade: year - (year % 10),
    year,
    month: Number(m[2]),
    day: Number(m[3]),
    ...(m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]) } : {}),
  };
}

/** The answer in the form the server checks: YYYY-MM-DD, or YYYY-MM-DDTHH:mm with a time. */
export function composeDateValue(parts: DateParts, withTime: boolean): string {
  const { year, month, day, hour, minute } = parts;
  if (year === undefined || month === undefined || day === undefined) return '';
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!withTime) return date;
  return hour === undefined || minute === undefined ? '' : `${date}T${pad(hour)}:${pad(minute)}`;
}

const PROMPTS: Record<Step, MessageId> = {
  decade: 'date.pickDecade',
  year: 'date.pickYear',
  month: 'date.pickMonth',
  day: 'date.pickDay',
  hour: 'date.pickHour',
  minute: 'date.pickMinute',
};

type Props = {
  value: string;
  withTime: boolean;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** Injected by tests; dates after today cannot be picked (the kiosk asks about the past). */
  today?: Date;
};

/**
 * A birth-date picker made of big buttons: decade, then year, then month, then day (then
 * hour and minutes for a date with time). No small calendar to page through 40 years of.
 * Remount it (key) for each question; it keeps the half-picked parts itself.
 */
export const DatePicker = memo(function DatePicker({ value, withTime, onChange, disabled, today = new Date() }: Props) {
  const intl = useIntl();
  const [parts, setParts] = useState<DateParts>(() => parseDateValue(value));
  const [step, setStep] = useState<Step>(() => (value ? (withTime ? 'minute' : 'day') : 'decade'));

  const thisYear = today.getFullYear();
  const thisMonth = today.getMonth() + 1;
  const isFuture = (year: number, month?: number, day?: number) =>
    year > thisYear ||
    (year === thisYear &&
      month !== undefined &&
      (month > thisMonth || (month === thisMonth && day !== undefined && day > today.getDate())));

  const update = (next: DateParts, nextStep: Step) => {
    // A day that the new month or year does not have (31 April, 29 February 2023) is dropped.
    if (
      next.year !== undefined &&
      next.month !== undefined &&
      next.day !== undefined &&
      next.day > daysInMonth(next.year, next.month)
    ) {
      next = { ...next, day: undefined };
    }
    setParts(next);
    setStep(nextStep);
    const composed = composeDateValue(next, withTime);
    if (composed !== value) onChange(composed);
  };

  const monthName = (month: number) =>
    intl.formatDate(new Date(Date.UTC(2000, month - 1, 1)), { month: 'long', timeZone: 'UTC' });
  const decadeName = (decade: number) => intl.formatMessage({ id: 'date.decade' }, { decade: String(decade) });

  const option = (testId: string, label: string, selected: boolean, onPick: () => void, off = false) => (
    <button
      key={testId}
      type="button"
      className={`btn picker-option ${selected ? 'is-selected' : ''}`}
      aria-pressed={selected}
      data-testid={testId}
      disabled={disabled || off}
      onClick={onPick}
    >
      {label}
    </button>
  );

  const options: ReactNode[] = [];
  let columns = 4;
  switch (step) {
    case 'decade': {
      for (let d = FIRST_DECADE; d <= thisYear; d += 10) {
        options.push(
          option(`decade-${d}`, decadeName(d), parts.decade === d, () =>
            update(
              {
                ...parts,
                decade: d,
                year: parts.year !== undefined && parts.year - (parts.year % 10) === d ? parts.year : undefined,
              },
              'year',
            ),
          ),
        );
      }
      break;
    }
    case 'year': {
      columns = 5;
      const decade = parts.decade ?? thisYear - (thisYear % 10);
      for (let y = decade; y < decade + 10; y++) {
        options.push(
          option(`year-${y}`, String(y), parts.year === y, () => update({ ...parts, year: y }, 'month'), isFuture(y)),
        );
      }
      break;
    }
    case 'month': {
      columns = 3;
      for (let m = 1; m <= 12; m++) {
        options.push(
          option(
            `month-${m}`,
            monthName(m),
            parts.month === m,
            () => update({ ...parts, month: m }, 'day'),
            parts.year !== undefined && isFuture(parts.year, m),
          ),
        );
      }
      break;
    }
    case 'day': {
      columns = 7;
      const count = parts.year !== undefined && parts.month !== undefined ? daysInMonth(parts.year, parts.month) : 31;
      for (let d = 1; d <= count; d++) {
        const off = parts.year !== undefined && parts.month !== undefined && isFuture(parts.year, parts.month, d);
        options.push(
          option(
            `day-${d}`,
            String(d),
            parts.day === d,
            () => update({ ...parts, day: d }, withTime ? 'hour' : 'day'),
            off,
          ),
        );
      }
      break;
    }
    case 'hour': {
      columns = 6;
      for (let h = 0; h < 24; h++) {
        options.push(option(`hour-${h}`, pad(h), parts.hour === h, () => update({ ...parts, hour: h }, 'minute')));
      }
      break;
    }
    case 'minute': {
      for (let m = 0; m < 60; m += MINUTE_STEP) {
        options.push(
          option(`minute-${m}`, `${pad(parts.hour ?? 0)}:${pad(m)}`, parts.minute === m, () =>
            update({ ...parts, minute: m }, 'minute'),
          ),
        );
      }
      break;
    }
  }

  // What has been picked so far; each crumb goes back to its own step to change it.
  const crumbs: { step: Step; label: string }[] = [];
  if (parts.decade !== undefined) crumbs.push({ step: 'decade', label: decadeName(parts.decade) });
  if (parts.year !== undefined) crumbs.push({ step: 'year', label: String(parts.year) });
  if (parts.month !== undefined) crumbs.push({ step: 'month', label: monthName(parts.month) });
  if (parts.day !== undefined) crumbs.push({ step: 'day', label: String(parts.day) });
  if (withTime && parts.hour !== undefined) {
    crumbs.push({
      step: 'hour',
      label: parts.minute !== undefined ? `${pad(parts.hour)}:${pad(parts.minute)}` : pad(parts.hour),
    });
  }

  return (
    <div className="date-picker">
      {crumbs.length > 0 && (
        <div className="picker-crumbs">
          {crumbs.map((c) => (
            <button
              key={c.step}
              type="button"
              className={`btn btn-quiet picker-crumb ${c.step === step ? 'is-current' : ''}`}
              data-testid={`date-step-${c.step}`}
              disabled={disabled}
              onClick={() => setStep(c.step)}
            >
              {c.label}
            </button>
          ))}
        </div>
      )}
      <p className="picker-prompt" {...speak()}>
        {intl.formatMessage({ id: PROMPTS[step] })}
      </p>
      <div className={`picker-grid picker-${step}`} style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
        {options}
      </div>
    </div>
  );
});
