/**
 * The inbox: requests from every kiosk and partner, newest first, filtered by service, kiosk,
 * status, filing date and overdue, or found by tracking code (typed, or scanned by a
 * keyboard-wedge scanner that ends with Enter). Caseworkers select rows for one status change.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { agencyToday } from '../../agency/deadline';
import { api, query } from '../api/client';
import type { Account, Language, RequestStatus, RequestSummary } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { findServiceIn, serviceName, serviceOptions, useCatalog } from '../catalog/catalog-context';
import { ErrorNote } from '../ui/ErrorNote';
import { CheckField, SelectField, TextField } from '../ui/fields';
import { dateTime, dayStart } from '../ui/format';
import { BulkStatus } from './BulkStatus';
import { RequestPanel } from './RequestPanel';
import { TimeLeft, daysLeft } from './TimeLeft';
import { kioskOptions, useKioskChoices } from './use-kiosk-choices';
import { Message, useText } from '../i18n/t';

const STATUSES: RequestStatus[] = ['received', 'processing', 'ready', 'done', 'rejected'];
const TRACKING = /^[23456789ACDEFHJKMNPRTWX]{9}([23456789ACDEFHJKMNPRTWX]{3})?$/;

interface Filters {
  service: string;
  kiosk: string;
  status: string;
  from: string;
  to: string;
  overdue: boolean;
  tracking: string;
}
const EMPTY: Filters = { service: '', kiosk: '', status: '', from: '', to: '', overdue: false, tracking: '' };

/** The API's query for the filters (dates are whole days in the agency's zone). */
export function filterQuery(f: Filters): Record<string, string | boolean | undefined> {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    service: f.service,
    kiosk: f.kiosk,
    status: f.status,
    from: dayStart(f.from),
    to: f.to ? dayStart(nextDay(f.to)) : undefined,
    overdue: f.overdue ? 'true' : undefined,
    tracking: f.tracking,
  };
}

export function Inbox({ account }: { account: Account }) {
  const intl = useIntl();
  const text = useText();
  const language = intl.locale.slice(0, 2) as Language;
  const { catalog } = useCatalog();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [typed, setTyped] = useState('');
  const [badCode, setBadCode] = useState(false);
  const [pages, setPages] = useState<(string | undefined)[]>([undefined]);
  const [page, setPage] = useState<{ requests: RequestSummary[]; next: string | null } | null>(null);
  // Counts pages as they arrive, so a test or bench can tell the new rows from the old.
  const [arrived, setArrived] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState(false);
  const caseworker = account.role !== 'observer';
  const after = pages.at(-1);

  const load = useCallback(() => {
    setError(null);
    setLoading(true);
    api<{ requests: RequestSummary[]; next: string | null }>(
      'GET',
      `/requests${query({ ...filterQuery(filters), after })}`,
    )
      .then(setPage, (e) => {
        setPage(null);
        setError(e);
      })
      .finally(() => {
        setLoading(false);
        setArrived((n) => n + 1);
      });
  }, [filters, after]);
  useEffect(load, [load]);
  const kiosks = useKioskChoices(setError);

  const change = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPages([undefined]);
    setSelected(new Set());
  };
  function search(event: FormEvent) {
    event.preventDefault();
    const code = typed.toUpperCase().replace(/[\s-]/g, '');
    if (code && !TRACKING.test(code)) return setBadCode(true);
    setBadCode(false);
    change({ tracking: code });
    if (code) setOpen(code);
  }
  const toggle = (code: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const today = agencyToday();
  const option = (value: string, label: string, data = false) => ({ value, label, data });
  const all = text('filter.all');

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">
        <Message id="inbox.title" />
      </h1>
      <form className="search" onSubmit={search} role="search">
        <TextField
          label={<Message id="inbox.search" />}
          hint={<Message id="inbox.searchHint" />}
          value={typed}
          onChange={setTyped}
          testId="search"
          error={badCode ? <Message id="inbox.badCode" /> : undefined}
        />
        <button type="submit" data-testid="search-submit">
          <Message id="inbox.find" />
        </button>
      </form>
      <fieldset className="filters">
        <legend>
          <Message id="filter.legend" />
        </legend>
        <SelectField
          label={<Message id="inbox.service" />}
          value={filters.service}
          onChange={(service) => change({ service })}
          testId="filter-service"
          options={[option('', all), ...serviceOptions(catalog, language)]}
        />
        <SelectField
          label={<Message id="inbox.kiosk" />}
          value={filters.kiosk}
          onChange={(kiosk) => change({ kiosk })}
          testId="filter-kiosk"
          options={[option('', all), ...kioskOptions(kiosks)]}
        />
        <SelectField
          label={<Message id="inbox.status" />}
          value={filters.status}
          onChange={(status) => change({ status })}
          testId="filter-status"
          options={[option('', all), ...STATUSES.map((s) => option(s, text(`status.${s}` as MessageId)))]}
        />
        <TextField
          label={<Message id="filter.from" />}
          type="date"
          value={filters.from}
          onChange={(from) => change({ from })}
          testId="filter-from"
        />
        <TextField
          label={<Message id="filter.to" />}
          type="date"
          value={filters.to}
          onChange={(to) => change({ to })}
          testId="filter-to"
        />
        <CheckField
          label={<Message id="filter.overdue" />}
          checked={filters.overdue}
          onChange={(overdue) => change({ overdue })}
          testId="filter-overdue"
        />
        {filters.tracking && (
          <button type="button" onClick={() => (setTyped(''), change({ tracking: '' }))} data-testid="clear-search">
            <Message id="inbox.clearSearch" values={{ code: filters.tracking }} />
          </button>
        )}
      </fieldset>
      <div className="toolbar">
        <a
          className="button"
          href={`/api/v1/requests/export.csv${query(filterQuery(filters))}`}
          download
          data-testid="export"
        >
          <Message id="export.csv" />
        </a>
        {caseworker && (
          <button type="button" disabled={selected.size === 0} onClick={() => setBulk(true)} data-testid="bulk-open">
            <Message id="bulk.open" values={{ count: selected.size }} />
          </button>
        )}
      </div>
      <ErrorNote error={error} />
      {page && (
        <table className="list" data-testid="inbox-rows" aria-busy={loading} data-arrived={arrived}>
          <caption className="visually-hidden">
            <Message id="inbox.caption" />
          </caption>
          <thead>
            <tr>
              {caseworker && (
                <th scope="col">
                  <span className="visually-hidden">
                    <Message id="bulk.select" />
                  </span>
                </th>
              )}
              <th scope="col">
                <Message id="inbox.code" />
              </th>
              <th scope="col">
                <Message id="inbox.filedAt" />
              </th>
              <th scope="col">
                <Message id="inbox.service" />
              </th>
              <th scope="col">
                <Message id="inbox.kiosk" />
              </th>
              <th scope="col">
                <Message id="inbox.status" />
              </th>
              <th scope="col">
                <Message id="inbox.timeLeft" />
              </th>
              <th scope="col">
                <Message id="inbox.unit" />
              </th>
            </tr>
          </thead>
          <tbody>
            {page.requests.map((r) => {
              const left = daysLeft(r, findServiceIn(catalog, r.serviceCode), today);
              return (
                <tr key={r.trackingCode} className={left !== null && left < 0 ? 'late' : undefined}>
                  {caseworker && (
                    <td>
                      <input
                        type="checkbox"
                        checked={selected.has(r.trackingCode)}
                        onChange={() => toggle(r.trackingCode)}
                        aria-label={text('bulk.selectOne', { code: r.trackingCode })}
                        data-testid={`select-${r.trackingCode}`}
                      />
                    </td>
                  )}
                  <td>
                    <button
                      type="button"
                      className="link"
                      translate="no"
                      onClick={() => setOpen(r.trackingCode)}
                      data-testid={`open-${r.trackingCode}`}
                    >
                      {r.trackingCode}
                    </button>
                  </td>
                  <td>{dateTime(intl, r.requestedAt)}</td>
                  <td translate="no">{serviceName(catalog, r.serviceCode, language)}</td>
                  <td translate="no">{r.kiosk.name}</td>
                  <td data-testid={`status-${r.trackingCode}`}>
                    <Message id={`status.${r.status}` as MessageId} />
                  </td>
                  <td>
                    <TimeLeft left={left} />
                  </td>
                  <td translate="no">{r.assignedUnit ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {page?.requests.length === 0 && (
        <p data-testid="inbox-empty">
          <Message id="inbox.empty" />
        </p>
      )}
      <div className="pager">
        <button
          type="button"
          disabled={pages.length < 2}
          onClick={() => setPages((p) => p.slice(0, -1))}
          data-testid="page-previous"
        >
          <Message id="page.previous" />
        </button>
        <button
          type="button"
          disabled={!page?.next}
          onClick={() => setPages((p) => [...p, page!.next!])}
          data-testid="page-next"
        >
          <Message id="page.next" />
        </button>
      </div>
      {open && <RequestPanel code={open} account={account} onClose={() => setOpen(null)} onChanged={load} />}
      {bulk && (
        <BulkStatus
          codes={[...selected]}
          onClose={() => setBulk(false)}
          onDone={() => {
            setBulk(false);
            setSelected(new Set());
            load();
          }}
        />
      )}
    </section>
  );
}
