/**
 * The satisfaction survey's report (SKM, PermenPAN-RB 14/2017) for every kiosk together or
 * narrowed by service, service unit and kiosk, for a month, quarter, semester or year: the
 * IKM and its band, respondents against the sample the period needs, each element's NRR,
 * weighted NRR, index and band, the elements to improve first, and the respondents'
 * profile; the same report as CSV and as the PDF agencies publish. Element, profile and
 * band names are the report's own (sync/), so screen, CSV and PDF say the same words.
 */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { agencyToday } from '../../agency/deadline';
import { COMPLAINT_SERVICE } from '../../../sync/complaint-codes';
import { GRADE_NAMES, gradeOf, twoDecimals } from '../../../sync/ikm';
import { ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES } from '../../../sync/skm-elements';
import type { PeriodKind } from '../../../sync/skm-report';
import { api, query } from '../api/client';
import type { Language, SkmReport } from '../api/hub-types';
import { serviceOptions, useCatalog } from '../catalog/catalog-context';
import { BarChart } from '../dashboard/BarChart';
import type { MessageId } from '../i18n/messages';
import { Message, useText } from '../i18n/t';
import { ErrorNote } from '../ui/ErrorNote';
import { ListTable } from '../ui/ListTable';
import { SelectField, TextField } from '../ui/fields';
import { kioskOptions, useKioskChoices } from '../screens/use-kiosk-choices';

const KINDS: PeriodKind[] = ['month', 'quarter', 'semester', 'year'];
const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, semester: 2, year: 1 };

export function SkmReportScreen() {
  const intl = useIntl();
  const text = useText();
  const language = intl.locale.slice(0, 2) as Language;
  const { catalog } = useCatalog();
  const today = agencyToday();
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [year, setYear] = useState(today.slice(0, 4));
  const [number, setNumber] = useState(String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1));
  const [service, setService] = useState('');
  const [unit, setUnit] = useState('');
  const [kiosk, setKiosk] = useState('');
  const [report, setReport] = useState<SkmReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const kiosks = useKioskChoices(setError);

  const shownNumber = Math.min(Number(number), PER_YEAR[kind]);
  const validYear = /^\d{4}$/.test(year);
  const params = { kind, year, number: shownNumber, service, unit, kiosk, language };
  const key = JSON.stringify(params);
  useEffect(() => {
    if (!validYear) return;
    setError(null);
    api<SkmReport>('GET', `/skm/report${query(JSON.parse(key))}`).then(setReport, (e) => {
      setReport(null);
      setError(e);
    });
  }, [key, validYear]);

  const all = text('filter.all');
  const units = [...new Set(kiosks.map((k) => k.serviceUnit).filter((u): u is string => !!u))].sort();
  const decimals = (value: number | null, digits: number) =>
    value === null ? '–' : intl.formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const elementIndex = (nrr: number | null) => (nrr === null ? null : twoDecimals(nrr * 25));
  return (
    <section aria-labelledby="skm-title">
      <h1 id="skm-title">
        <Message id="skm.title" />
      </h1>
      <fieldset className="filters">
        <legend>
          <Message id="skm.period" />
        </legend>
        <SelectField<PeriodKind>
          label={<Message id="skm.kind" />}
          value={kind}
          onChange={setKind}
          testId="skm-kind"
          options={KINDS.map((k) => ({ value: k, label: text(`skm.kind.${k}` as MessageId) }))}
        />
        <TextField
          label={<Message id="skm.year" />}
          value={year}
          onChange={setYear}
          maxLength={4}
          testId="skm-year"
          error={validYear ? undefined : <Message id="skm.badYear" />}
        />
        {kind !== 'year' && (
          <SelectField
            label={<Message id={`skm.number.${kind}` as MessageId} />}
            value={String(shownNumber)}
            onChange={setNumber}
            testId="skm-number"
            options={Array.from({ length: PER_YEAR[kind] }, (_, i) => ({
              value: String(i + 1),
              label:
                kind === 'month'
                  ? intl.formatDate(Date.UTC(2000, i, 1), { month: 'long', timeZone: 'UTC' })
                  : intl.formatNumber(i + 1),
            }))}
          />
        )}
      </fieldset>
      <fieldset className="filters">
        <legend>
          <Message id="filter.legend" />
        </legend>
        <SelectField
          label={<Message id="inbox.service" />}
          value={service}
          onChange={setService}
          testId="skm-service"
          options={[
            { value: '', label: all },
            { value: COMPLAINT_SERVICE, label: text('skm.complaintsService') },
            ...serviceOptions(catalog, language),
          ]}
        />
        <SelectField
          label={<Message id="skm.unit" />}
          value={unit}
          onChange={setUnit}
          testId="skm-unit"
          options={[{ value: '', label: all }, ...units.map((u) => ({ value: u, label: u, data: true }))]}
        />
        <SelectField
          label={<Message id="inbox.kiosk" />}
          value={kiosk}
          onChange={setKiosk}
          testId="skm-kiosk"
          options={[{ value: '', label: all }, ...kioskOptions(kiosks)]}
        />
      </fieldset>
      <div className="toolbar">
        <a className="button" href={`/api/v1/skm/report.csv${query(params)}`} download data-testid="skm-csv">
          <Message id="export.csv" />
        </a>
        <a className="button" href={`/api/v1/skm/report.pdf${query(params)}`} download data-testid="skm-pdf">
          <Message id="skm.pdf" />
        </a>
      </div>
      <ErrorNote error={error} />
      {report && (
        <>
          <div className="skm-summary" data-testid="skm-summary">
            <p>
              <Message id="skm.ikm" /> <strong data-testid="skm-ikm">{decimals(report.ikm, 2)}</strong>
              {report.grade && (
                <>
                  {' '}
                  <span data-testid="skm-grade">
                    <Message
                      id="skm.grade"
                      values={{ grade: report.grade, name: GRADE_NAMES[report.grade][language] }}
                    />
                  </span>
                </>
              )}
            </p>
            <p data-testid="skm-respondents">
              <Message
                id="skm.respondents"
                values={{ respondents: report.respondents, sample: report.sampleSize, served: report.served }}
              />
            </p>
            {report.respondents > 0 && report.respondents < report.sampleSize && (
              <p className="notice">
                <Message id="skm.belowSample" />
              </p>
            )}
          </div>
          {report.respondents === 0 ? (
            <p data-testid="skm-empty">
              <Message id="skm.empty" />
            </p>
          ) : (
            <>
              <ListTable
                testId="skm-elements"
                caption="skm.elements"
                columns={['skm.element', 'skm.answers', 'skm.nrr', 'skm.weighted', 'skm.elementIndex', 'skm.band']}
              >
                {report.elements.map((e) => {
                  const index = elementIndex(e.nrr);
                  return (
                    <tr key={e.code} data-testid={`skm-${e.code}`}>
                      <td>
                        <span translate="no">{e.code}</span>{' '}
                        <span lang={language}>{ELEMENT_NAMES[e.code][language]}</span>
                      </td>
                      <td>{intl.formatNumber(e.answers)}</td>
                      <td>{decimals(e.nrr, 3)}</td>
                      <td>{decimals(e.weighted, 3)}</td>
                      <td>{decimals(index, 2)}</td>
                      <td>
                        {index !== null && (
                          <>
                            <span translate="no">{gradeOf(index)}</span>{' '}
                            <span lang={language}>{GRADE_NAMES[gradeOf(index)][language]}</span>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </ListTable>
              <BarChart
                testId="skm-chart"
                title={text('skm.chart')}
                labels={report.elements.map((e) => e.code)}
                series={[
                  { label: text('skm.elementIndex'), values: report.elements.map((e) => elementIndex(e.nrr) ?? 0) },
                ]}
              />
              <h2>
                <Message id="skm.improve" />
              </h2>
              <ol data-testid="skm-lowest">
                {report.lowestFirst
                  .filter((e) => e.nrr !== null)
                  .slice(0, 3)
                  .map((e) => (
                    <li key={e.code}>
                      <span translate="no">{e.code}</span>{' '}
                      <span lang={language}>{ELEMENT_NAMES[e.code][language]}</span> ({decimals(e.nrr, 3)})
                    </li>
                  ))}
              </ol>
              <h2>
                <Message id="skm.profile" />
              </h2>
              <div className="skm-profile">
                {report.profile.map((p) => (
                  <table key={p.field} className="list" data-testid={`skm-profile-${p.field}`}>
                    <caption lang={language}>{PROFILE_NAMES[p.field][language]}</caption>
                    <tbody>
                      {p.values.map((v) => (
                        <tr key={v.value}>
                          <th scope="row" lang={language}>
                            {PROFILE_VALUE_NAMES[v.value]?.[language] ?? v.value}
                          </th>
                          <td>{intl.formatNumber(v.count)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ))}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
