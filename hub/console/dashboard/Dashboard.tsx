/**
 * The dashboard: requests per day by service and by kiosk, the status funnel, and the share
 * of finished requests finished within the service's promised time, for a period and
 * optional kiosk and service; the same selection exports as CSV.
 */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { agencyToday } from '../../agency/deadline';
import { api, query } from '../api/client';
import type { Language, Stats } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { serviceName, serviceOptions, useCatalog } from '../catalog/catalog-context';
import { ErrorNote } from '../ui/ErrorNote';
import { SelectField, TextField } from '../ui/fields';
import { dayStart } from '../ui/format';
import { BarChart } from './BarChart';
import { kioskOptions, useKioskChoices } from '../screens/use-kiosk-choices';
import { Message, useText } from '../i18n/t';

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const STAGES = ['received', 'processing', 'ready', 'done'] as const;

export function Dashboard() {
  const intl = useIntl();
  const text = useText();
  const language = intl.locale.slice(0, 2) as Language;
  const { catalog } = useCatalog();
  const today = agencyToday();
  const [from, setFrom] = useState(shift(today, -29));
  const [to, setTo] = useState(today);
  const [kiosk, setKiosk] = useState('');
  const [service, setService] = useState('');
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<unknown>(null);
  const range = { from: dayStart(from), to: to ? dayStart(shift(to, 1)) : undefined, kiosk, service };

  const kiosks = useKioskChoices(setError);
  const key = JSON.stringify(range);
  useEffect(() => {
    setError(null);
    api<Stats>('GET', `/stats${query(JSON.parse(key))}`).then(setStats, (e) => {
      setStats(null);
      setError(e);
    });
  }, [key]);

  const name = (code: string) => serviceName(catalog, code, language);
  const days = [...new Set(stats?.perDay.map((d) => d.day))].sort();
  const services = [...new Set(stats?.perDay.map((d) => d.serviceCode))].sort();
  const count = (status: string) => stats?.perStatus.find((s) => s.status === status)?.count ?? 0;
  // A request counts at every stage it reached: done ones passed through processing and ready.
  const reached = STAGES.map(
    (_, i) => STAGES.slice(i).reduce((n, s) => n + count(s), 0) + (i === 0 ? count('rejected') : 0),
  );
  const all = text('filter.all');
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">
        <Message id="dashboard.title" />
      </h1>
      <fieldset className="filters">
        <legend>
          <Message id="filter.legend" />
        </legend>
        <TextField
          label={<Message id="filter.from" />}
          type="date"
          value={from}
          onChange={setFrom}
          testId="dash-from"
        />
        <TextField label={<Message id="filter.to" />} type="date" value={to} onChange={setTo} testId="dash-to" />
        <SelectField
          label={<Message id="inbox.kiosk" />}
          value={kiosk}
          onChange={setKiosk}
          options={[{ value: '', label: all }, ...kioskOptions(kiosks)]}
        />
        <SelectField
          label={<Message id="inbox.service" />}
          value={service}
          onChange={setService}
          options={[{ value: '', label: all }, ...serviceOptions(catalog, language)]}
        />
      </fieldset>
      <div className="toolbar">
        <a className="button" href={`/api/v1/requests/export.csv${query(range)}`} download data-testid="dash-export">
          <Message id="export.csv" />
        </a>
      </div>
      <ErrorNote error={error} />
      {stats && (
        <div className="charts">
          <BarChart
            testId="chart-per-day"
            title={text('dashboard.perDay')}
            labels={days}
            stacked
            series={services.map((code) => ({
              label: name(code),
              values: days.map((day) => stats.perDay.find((d) => d.day === day && d.serviceCode === code)?.count ?? 0),
            }))}
          />
          <BarChart
            testId="chart-per-kiosk"
            title={text('dashboard.perKiosk')}
            labels={stats.perKiosk.map((k) => kiosks.find((v) => v.prefix === k.kiosk)?.name ?? k.kiosk)}
            series={[{ label: text('dashboard.requests'), values: stats.perKiosk.map((k) => k.count) }]}
          />
          <BarChart
            testId="chart-funnel"
            title={text('dashboard.funnel')}
            horizontal
            labels={[...STAGES, 'rejected'].map((s) => text(`status.${s}` as MessageId))}
            series={[{ label: text('dashboard.requests'), values: [...reached, count('rejected')] }]}
          />
          <BarChart
            testId="chart-on-time"
            title={text('dashboard.onTime')}
            percent
            labels={stats.onTime.map((o) => name(o.serviceCode))}
            series={[
              {
                label: text('dashboard.onTimeShare'),
                values: stats.onTime.map((o) => (o.done ? Math.round((o.onTime / o.done) * 1000) / 10 : 0)),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
