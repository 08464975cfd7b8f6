import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Failure, KioskInfo, Language, ServedCatalog, Statistics } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote, ConsoleProblem } from './ConsoleProblem';
import { HEALTH } from './DevicesPanel';
import { StatsChart, type Bars } from './StatsChart';
import { useStaffData } from './use-staff-data';

const PERIODS = [7, 30, 90, 365] as const;
const DAY_MS = 86_400_000;

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shift(day, 1)) days.push(day);
  return days;
}

/** Counts per day, one series per key, zero where a day has none. */
function series<T extends { day: string; n: number }>(
  rows: T[],
  days: string[],
  keyOf: (row: T) => string,
  label: (key: string) => string,
): Bars[] {
  const index = new Map(days.map((d, i) => [d, i]));
  const byKey = new Map<string, number[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const counts =
      byKey.get(key) ??
      byKey
        .set(
          key,
          days.map(() => 0),
        )
        .get(key)!;
    const i = index.get(row.day);
    if (i !== undefined) counts[i]! += row.n;
  }
  return [...byKey].sort(([a], [b]) => a.localeCompare(b)).map(([key, counts]) => ({ label: label(key), counts }));
}

const FAULTS: Record<string, MessageId> = { ...HEALTH, failedReceipt: 'console.stats.failedReceipt' };

/** Requests per day by service and by counter, calls for staff and print faults over a period; CSV to a USB drive. */
export function StatsPanel({
  catalog,
  info,
  language,
}: {
  catalog: ServedCatalog | null;
  info: KioskInfo | null;
  language: Language;
}) {
  const intl = useIntl();
  const staff = useStaff();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: info?.timeZone ?? 'Asia/Jakarta' }).format(new Date());
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>(30);
  const from = shift(today, 1 - period);
  const { data, problem } = useStaffData('console.stats', { from, to: today });
  const [note, setNote] = useState<string | null>(null);
  const [refused, setRefused] = useState<Failure | null>(null);

  const exportCsv = async () => {
    const result = await staff.call('console.exportStats', { from, to: today });
    setNote(result.ok ? intl.formatMessage({ id: 'console.stats.exported' }, { file: result.value.file }) : null);
    setRefused(result.ok ? null : result);
  };

  const days = daysOf(from, today);
  const service = (code: string) =>
    catalog?.services.find((s) => s.service_code === code)?.service_name[language] ?? code;
  const counter = (code: string) => {
    const found = catalog?.counters.find((c) => c.code === code);
    return intl.formatMessage({ id: 'console.stats.counter' }, { code, name: found ? found.name[language] : '' });
  };
  const stats: Statistics | null = data;
  // The axis names each day as people say it ("3 Nov"); the dates are the kiosk's, so no zone shifts them.
  const dayNames = days.map((day) => intl.formatDate(day, { day: 'numeric', month: 'short', timeZone: 'UTC' }));
  return (
    <>
      <div className="console-actions" role="group" aria-label={intl.formatMessage({ id: 'console.stats.period' })}>
        {PERIODS.map((days) => (
          <Button
            key={days}
            className={`btn-toggle ${period === days ? 'is-selected' : ''}`}
            aria-pressed={period === days}
            testId={`period-${days}`}
            onClick={() => setPeriod(days)}
          >
            {intl.formatMessage({ id: 'console.stats.lastDays' }, { days })}
          </Button>
        ))}
      </div>
      <p className="small">
        {intl.formatMessage(
          { id: 'console.stats.range' },
          {
            from: intl.formatDate(from, { dateStyle: 'long', timeZone: 'UTC' }),
            to: intl.formatDate(today, { dateStyle: 'long', timeZone: 'UTC' }),
          },
        )}
      </p>
      <ConsoleProblem problem={problem} />
      {stats && (
        <>
          <StatsChart
            testId="chart-services"
            title={intl.formatMessage({ id: 'console.stats.byService' })}
            days={dayNames}
            bars={series(stats.requests, days, (r) => r.serviceCode, service)}
          />
          <StatsChart
            testId="chart-counters"
            title={intl.formatMessage({ id: 'console.stats.byCounter' })}
            days={dayNames}
            bars={series(
              stats.requests.filter((r) => r.counter !== ''),
              days,
              (r) => r.counter,
              counter,
            )}
          />
          <StatsChart
            testId="chart-help"
            title={intl.formatMessage({ id: 'console.stats.helpCalls' })}
            days={dayNames}
            bars={series(
              stats.helpCalls,
              days,
              () => 'help',
              () => intl.formatMessage({ id: 'console.stats.helpCallsSeries' }),
            )}
          />
          <StatsChart
            testId="chart-faults"
            title={intl.formatMessage({ id: 'console.stats.printFaults' })}
            days={dayNames}
            bars={series(
              stats.printFaults,
              days,
              (f) => f.kind,
              (kind) => (FAULTS[kind] ? intl.formatMessage({ id: FAULTS[kind] }) : kind),
            )}
          />
        </>
      )}
      <Button testId="stats-export" onClick={() => void exportCsv()}>
        {intl.formatMessage({ id: 'console.stats.export' })}
      </Button>
      <ConsoleNote text={note} testId="stats-note" />
      <ConsoleProblem problem={refused} />
    </>
  );
}
