import { useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type {
  Failure,
  KioskInfo,
  Language,
  Period,
  PeriodKind,
  ProfileField,
  ServedCatalog,
  SkmReport,
} from '../../preload/contract';
import { COMPLAINT_SERVICE } from '../../sync/complaint-codes';
import { GRADE_NAMES } from '../../sync/ikm';
import { ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES, SKM_ELEMENTS } from '../../sync/skm-elements';
import type { MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { Pager, pageCount, pageOf } from '../ui/Pager';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote, ConsoleProblem } from './ConsoleProblem';
import { StatsChart } from './StatsChart';
import { useStaffData } from './use-staff-data';

/** The contract's period kinds and their length; written out, as a value from the contract would bring zod to the page. */
const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 };
const PERIOD_KINDS = Object.keys(MONTHS_IN) as PeriodKind[];
const KIND_NAMES: Record<PeriodKind, MessageId> = {
  month: 'console.skm.kind.month',
  quarter: 'console.skm.kind.quarter',
  semester: 'console.skm.kind.semester',
  year: 'console.skm.kind.year',
};
const PERIOD_NAMES: Record<Exclude<PeriodKind, 'month'>, MessageId> = {
  quarter: 'console.skm.period.quarter',
  semester: 'console.skm.period.semester',
  year: 'console.skm.period.year',
};
const PARTS = ['summary', 'chart', 'elements', 'profile'] as const;
type Part = (typeof PARTS)[number];
const PART_NAMES: Record<Part, MessageId> = {
  summary: 'console.skm.part.summary',
  chart: 'console.skm.part.chart',
  elements: 'console.skm.part.elements',
  profile: 'console.skm.part.profile',
};
/** Service choices a page: with the pager, the list never needs a scroll gesture. */
const SERVICES_PER_PAGE = 12;

/** The period of this kind that holds the day (YYYY-MM-DD). */
function periodOf(kind: PeriodKind, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return { kind, year, number: Math.floor((month - 1) / MONTHS_IN[kind]) + 1 };
}

/** The period before (-1) or after (+1) this one, across years. */
function step(period: Period, by: -1 | 1): Period {
  const perYear = 12 / MONTHS_IN[period.kind];
  const index = period.year * perYear + (period.number - 1) + by;
  return { ...period, year: Math.floor(index / perYear), number: (index % perYear) + 1 };
}

const later = (a: Period, b: Period) => a.year > b.year || (a.year === b.year && a.number > b.number);

function periodName(intl: IntlShape, period: Period): string {
  if (period.kind === 'month') {
    return intl.formatDate(Date.UTC(period.year, period.number - 1, 1), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return intl.formatMessage({ id: PERIOD_NAMES[period.kind] }, { number: period.number, year: period.year });
}

/** Scores as the report prints them: NRR and the IKM with two decimals, weighted NRR with three. */
const decimal = (intl: IntlShape, value: number | null, digits = 2) =>
  value === null
    ? intl.formatMessage({ id: 'console.skm.noValue' })
    : intl.formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The kiosk's own satisfaction survey report (SKM): a period and a service chosen by taps,
 * the IKM and its quality band, NRR per element with the lowest first and a chart,
 * respondents against the Krejcie–Morgan sample, the respondents' profile, and the report
 * as CSV or PDF to a USB drive. Element and profile names are the printed report's.
 */
export function SkmPanel({
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
  const [period, setPeriod] = useState<Period>(() => periodOf('month', today));
  const [serviceCode, setServiceCode] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [servicePage, setServicePage] = useState(0);
  const [part, setPart] = useState<Part>('summary');
  const [field, setField] = useState<ProfileField>('sex');
  // The file saved, worded on screen in whichever language is on when it is read.
  const [saved, setSaved] = useState<string | null>(null);
  const [refused, setRefused] = useState<Failure | null>(null);
  const { data, problem } = useStaffData('console.skm', { period, serviceCode });
  const report: SkmReport | null = data;
  const current = periodOf(period.kind, today);

  const serviceName = (code: string | null) =>
    code === null
      ? intl.formatMessage({ id: 'console.skm.allServices' })
      : code === COMPLAINT_SERVICE
        ? intl.formatMessage({ id: 'console.skm.complaints' })
        : (catalog?.services.find((s) => s.service_code === code)?.service_name[language] ?? code);

  const save = async (format: 'csv' | 'pdf') => {
    const result = await staff.call('console.exportSkm', { period, serviceCode, format, language });
    setSaved(result.ok ? result.value.file : null);
    setRefused(result.ok ? null : result);
  };

  if (choosing) {
    const codes: (string | null)[] = [null, COMPLAINT_SERVICE, ...(catalog?.services.map((s) => s.service_code) ?? [])];
    const pages = pageCount(codes.length, SERVICES_PER_PAGE);
    return (
      <section className="console-part" aria-labelledby="skm-choose">
        <h2 id="skm-choose">{intl.formatMessage({ id: 'console.skm.chooseService' })}</h2>
        <div className="skm-services">
          {pageOf(codes, servicePage, SERVICES_PER_PAGE).map((code) => (
            <Button
              key={code ?? 'all'}
              testId={`skm-service-${code ?? 'all'}`}
              className={`btn-toggle ${code === serviceCode ? 'is-selected' : ''}`}
              aria-pressed={code === serviceCode}
              onClick={() => {
                setServiceCode(code);
                setChoosing(false);
              }}
            >
              {serviceName(code)}
            </Button>
          ))}
        </div>
        <Pager page={servicePage} pages={pages} onPage={setServicePage} />
        <Button testId="skm-service-keep" onClick={() => setChoosing(false)}>
          {intl.formatMessage({ id: 'console.skm.keepService' })}
        </Button>
      </section>
    );
  }

  return (
    <>
      <div className="console-actions" role="group" aria-label={intl.formatMessage({ id: 'console.skm.kind' })}>
        {PERIOD_KINDS.map((kind) => (
          <Button
            key={kind}
            className={`btn-toggle ${period.kind === kind ? 'is-selected' : ''}`}
            aria-pressed={period.kind === kind}
            testId={`skm-kind-${kind}`}
            onClick={() => setPeriod(periodOf(kind, today))}
          >
            {intl.formatMessage({ id: KIND_NAMES[kind] })}
          </Button>
        ))}
      </div>
      <div className="stepper skm-period" role="group" aria-label={intl.formatMessage({ id: 'console.skm.period' })}>
        <Button
          testId="skm-earlier"
          disabled={period.year <= 2000 && period.number === 1}
          onClick={() => setPeriod(step(period, -1))}
        >
          {intl.formatMessage({ id: 'console.skm.earlier' })}
        </Button>
        <p className="console-lead" data-testid="skm-period" aria-live="polite">
          {periodName(intl, period)}
        </p>
        <Button testId="skm-later" disabled={!later(current, period)} onClick={() => setPeriod(step(period, 1))}>
          {intl.formatMessage({ id: 'console.skm.later' })}
        </Button>
      </div>
      {report && (
        <p className="small">
          {intl.formatMessage(
            { id: 'console.stats.range' },
            {
              from: intl.formatDate(report.from, { dateStyle: 'long', timeZone: 'UTC' }),
              to: intl.formatDate(report.to, { dateStyle: 'long', timeZone: 'UTC' }),
            },
          )}
        </p>
      )}
      <div className="stepper">
        <p className="console-lead" data-testid="skm-service">
          {intl.formatMessage({ id: 'console.skm.service' }, { service: serviceName(serviceCode) })}
        </p>
        <Button
          testId="skm-choose-service"
          onClick={() => {
            setServicePage(0);
            setChoosing(true);
          }}
        >
          {intl.formatMessage({ id: 'console.skm.changeService' })}
        </Button>
      </div>
      <ConsoleProblem problem={problem} />
      {report && (
        <>
          <div className="console-actions" role="group" aria-label={intl.formatMessage({ id: 'console.skm.parts' })}>
            {PARTS.map((p) => (
              <Button
                key={p}
                className={`btn-toggle ${part === p ? 'is-selected' : ''}`}
                aria-pressed={part === p}
                testId={`skm-part-${p}`}
                onClick={() => setPart(p)}
              >
                {intl.formatMessage({ id: PART_NAMES[p] })}
              </Button>
            ))}
          </div>
          {part === 'summary' && <Summary report={report} language={language} />}
          {part === 'chart' && <ElementsChart report={report} />}
          {part === 'elements' && <Elements report={report} language={language} />}
          {part === 'profile' && <Profile report={report} language={language} field={field} onField={setField} />}
        </>
      )}
      <div className="console-actions">
        <Button testId="skm-export-csv" onClick={() => void save('csv')}>
          {intl.formatMessage({ id: 'console.skm.exportCsv' })}
        </Button>
        <Button testId="skm-export-pdf" onClick={() => void save('pdf')}>
          {intl.formatMessage({ id: 'console.skm.exportPdf' })}
        </Button>
      </div>
      <ConsoleNote
        text={saved === null ? null : intl.formatMessage({ id: 'console.skm.exported' }, { file: saved })}
        testId="skm-note"
      />
      <ConsoleProblem problem={refused} />
    </>
  );
}

/** The IKM and its band, the respondents against the sample, and the element to improve first. */
function Summary({ report, language }: { report: SkmReport; language: Language }) {
  const intl = useIntl();
  const lowest = report.lowestFirst.find((e) => e.nrr !== null);
  return (
    <div className="console-part" data-testid="skm-summary">
      <dl className="console-facts">
        <dt>{intl.formatMessage({ id: 'console.skm.ikm' })}</dt>
        <dd className="skm-ikm" data-testid="skm-ikm">
          {report.ikm === null ? intl.formatMessage({ id: 'console.skm.none' }) : decimal(intl, report.ikm)}
        </dd>
        {report.grade && (
          <>
            <dt>{intl.formatMessage({ id: 'console.skm.band' })}</dt>
            <dd data-testid="skm-band">
              <span className="skm-grade" translate="no" data-testid="skm-grade">
                {report.grade}
              </span>{' '}
              <span>{GRADE_NAMES[report.grade][language]}</span>
            </dd>
          </>
        )}
        <dt>{intl.formatMessage({ id: 'console.skm.respondents' })}</dt>
        <dd data-testid="skm-respondents">
          {intl.formatMessage(
            { id: 'console.skm.againstSample' },
            { respondents: report.respondents, sample: report.sampleSize, served: report.served },
          )}
        </dd>
        {lowest && (
          <>
            <dt>{intl.formatMessage({ id: 'console.skm.lowest' })}</dt>
            <dd data-testid="skm-lowest">
              <span translate="no">{lowest.code}</span> <span>{ELEMENT_NAMES[lowest.code][language]}</span>{' '}
              <span>{decimal(intl, lowest.nrr)}</span>
            </dd>
          </>
        )}
      </dl>
      <p className="small">
        {intl.formatMessage({
          id: report.respondents >= report.sampleSize ? 'console.skm.sampleMet' : 'console.skm.sampleShort',
        })}
      </p>
      <p className="small">{intl.formatMessage({ id: 'console.skm.method' })}</p>
    </div>
  );
}

/** NRR per element as a bar chart, in the elements' order; the table part gives the same numbers. */
function ElementsChart({ report }: { report: SkmReport }) {
  const intl = useIntl();
  const byCode = new Map(report.elements.map((e) => [e.code, e]));
  return (
    <StatsChart
      testId="skm-chart"
      title={intl.formatMessage({ id: 'console.skm.chart' })}
      days={[...SKM_ELEMENTS]}
      bars={[{ label: 'NRR', counts: SKM_ELEMENTS.map((code) => byCode.get(code)?.nrr ?? 0) }]}
      max={4}
      table={false}
    />
  );
}

/** NRR and weighted NRR per element by name, the lowest first, and their sum. */
function Elements({ report, language }: { report: SkmReport; language: Language }) {
  const intl = useIntl();
  return (
    <table className="skm-table" data-testid="skm-elements">
      <caption>{intl.formatMessage({ id: 'console.skm.lowestFirst' })}</caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage({ id: 'console.skm.elementName' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'console.skm.answers' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'console.skm.nrr' })}</th>
          <th scope="col">{intl.formatMessage({ id: 'console.skm.weighted' })}</th>
        </tr>
      </thead>
      <tbody>
        {report.lowestFirst.map((e) => (
          <tr key={e.code} data-testid={`skm-element-${e.code}`}>
            <th scope="row">
              <span translate="no">{e.code}</span> <span>{ELEMENT_NAMES[e.code][language]}</span>
            </th>
            <td>{e.answers}</td>
            <td data-testid={`skm-nrr-${e.code}`}>{decimal(intl, e.nrr)}</td>
            <td>{decimal(intl, e.weighted, 3)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {intl.formatMessage({ id: 'console.skm.total' })}
          </th>
          <td data-testid="skm-index">{decimal(intl, report.index, 3)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Respondents per profile value, one field at a time. */
function Profile({
  report,
  language,
  field,
  onField,
}: {
  report: SkmReport;
  language: Language;
  field: ProfileField;
  onField: (field: ProfileField) => void;
}) {
  const intl = useIntl();
  const shown = report.profile.find((p) => p.field === field);
  const total = report.respondents;
  return (
    <>
      <div className="console-actions" role="group" aria-label={intl.formatMessage({ id: 'console.skm.part.profile' })}>
        {report.profile.map((p) => (
          <Button
            key={p.field}
            className={`btn-toggle ${field === p.field ? 'is-selected' : ''}`}
            aria-pressed={field === p.field}
            testId={`skm-profile-${p.field}`}
            onClick={() => onField(p.field)}
          >
            {PROFILE_NAMES[p.field][language]}
          </Button>
        ))}
      </div>
      {shown && (
        <table className="skm-table" data-testid="skm-profile">
          <caption>{PROFILE_NAMES[shown.field][language]}</caption>
          <thead>
            <tr>
              <th scope="col">{PROFILE_NAMES[shown.field][language]}</th>
              <th scope="col">{intl.formatMessage({ id: 'console.skm.count' })}</th>
              <th scope="col">{intl.formatMessage({ id: 'console.skm.share' })}</th>
            </tr>
          </thead>
          <tbody>
            {shown.values.map((v) => (
              <tr key={v.value}>
                <th scope="row">{PROFILE_VALUE_NAMES[v.value]?.[language] ?? v.value}</th>
                <td>{v.count}</td>
                <td>
                  {total === 0
                    ? intl.formatMessage({ id: 'console.skm.noValue' })
                    : intl.formatNumber(v.count / total, { style: 'percent', maximumFractionDigits: 1 })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
