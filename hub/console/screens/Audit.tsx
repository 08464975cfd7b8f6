/** Who did what when: the audit trail, filtered by account, action, subject and time, newest first, exportable. */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, query } from '../api/client';
import type { AuditEntry } from '../api/hub-types';
import { ErrorNote } from '../ui/ErrorNote';
import { ListTable } from '../ui/ListTable';
import { TextField } from '../ui/fields';
import { dateTime, dayStart } from '../ui/format';
import { Message } from '../i18n/t';

export function Audit() {
  const intl = useIntl();
  const [filters, setFilters] = useState({ account: '', action: '', subject: '', from: '', to: '' });
  const [before, setBefore] = useState<(number | undefined)[]>([undefined]);
  const [page, setPage] = useState<{ entries: AuditEntry[]; next: number | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const params = {
    account: filters.account.trim(),
    action: filters.action.trim(),
    subject: filters.subject.trim(),
    from: dayStart(filters.from),
    to: dayStart(filters.to),
  };
  const key = JSON.stringify(params);
  const load = useCallback(() => {
    setError(null);
    api<{ entries: AuditEntry[]; next: number | null }>(
      'GET',
      `/audit${query({ ...JSON.parse(key), before: before.at(-1) })}`,
    ).then(setPage, setError);
  }, [key, before]);
  useEffect(load, [load]);
  const change = (patch: Partial<typeof filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setBefore([undefined]);
  };
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">
        <Message id="audit.title" />
      </h1>
      <fieldset className="filters">
        <legend>
          <Message id="filter.legend" />
        </legend>
        <TextField
          label={<Message id="audit.account" />}
          value={filters.account}
          onChange={(account) => change({ account })}
          testId="audit-account"
        />
        <TextField
          label={<Message id="audit.action" />}
          value={filters.action}
          onChange={(action) => change({ action })}
          testId="audit-action"
          hint={<Message id="audit.actionHint" />}
        />
        <TextField
          label={<Message id="audit.subject" />}
          value={filters.subject}
          onChange={(subject) => change({ subject })}
          testId="audit-subject"
        />
        <TextField
          label={<Message id="filter.from" />}
          type="date"
          value={filters.from}
          onChange={(from) => change({ from })}
        />
        <TextField
          label={<Message id="filter.toExclusive" />}
          type="date"
          value={filters.to}
          onChange={(to) => change({ to })}
        />
      </fieldset>
      <div className="toolbar">
        <a className="button" href={`/api/v1/audit/export.csv${query(params)}`} download data-testid="audit-export">
          <Message id="export.csv" />
        </a>
      </div>
      <ErrorNote error={error} />
      {page && (
        <ListTable
          testId="audit-rows"
          caption="audit.title"
          columns={['audit.at', 'audit.account', 'audit.action', 'audit.subject', 'audit.detail']}
        >
          {page.entries.map((e) => (
            <tr key={e.id}>
              <td>{dateTime(intl, e.at)}</td>
              <td translate="no">{e.by ?? '–'}</td>
              <td translate="no">{e.action}</td>
              <td translate="no">{e.subject}</td>
              <td translate="no" className="detail">
                {Object.keys(e.detail).length ? JSON.stringify(e.detail) : ''}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
      <div className="pager">
        <button type="button" disabled={before.length < 2} onClick={() => setBefore((b) => b.slice(0, -1))}>
          <Message id="page.newer" />
        </button>
        <button
          type="button"
          disabled={!page?.next}
          onClick={() => setBefore((b) => [...b, page!.next!])}
          data-testid="audit-older"
        >
          <Message id="page.older" />
        </button>
      </div>
    </section>
  );
}
