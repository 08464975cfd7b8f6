/**
 * Complaints, aspirations and information requests filed at the kiosks (SP4N-LAPOR!):
 * newest first, by stage, with the deadline that runs and its working days left.
 * Caseworkers move a complaint on to a later stage (it reaches the kiosk's status lookup
 * with the next sync) and download the CSV that an operator types into SP4N-LAPOR!.
 */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api, query } from '../api/client';
import type { Account, ComplaintStage, ComplaintSummary, Language } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { Message, useText } from '../i18n/t';
import { ErrorNote } from '../ui/ErrorNote';
import { ListTable } from '../ui/ListTable';
import { SelectField } from '../ui/fields';
import { dateTime } from '../ui/format';
import { TimeLeft } from '../screens/TimeLeft';
import { useKioskChoices } from '../screens/use-kiosk-choices';
import { STAGES, StageDialog } from './StageDialog';

export function Complaints({ account }: { account: Account }) {
  const intl = useIntl();
  const text = useText();
  const language = intl.locale.slice(0, 2) as Language;
  const [stage, setStage] = useState<ComplaintStage | ''>('');
  const [complaints, setComplaints] = useState<ComplaintSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [moving, setMoving] = useState<ComplaintSummary | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const caseworker = account.role !== 'observer';
  const kiosks = useKioskChoices(setError);

  const load = useCallback(() => {
    setError(null);
    api<{ complaints: ComplaintSummary[] }>('GET', `/complaints${query({ stage })}`).then(
      (c) => setComplaints(c.complaints),
      (e) => {
        setComplaints(null);
        setError(e);
      },
    );
  }, [stage]);
  useEffect(load, [load]);
  const kioskName = (prefix: string) => kiosks.find((k) => k.prefix === prefix)?.name ?? prefix;

  return (
    <section aria-labelledby="complaints-title">
      <h1 id="complaints-title">
        <Message id="complaints.title" />
      </h1>
      <p>
        <Message id="complaints.intro" />
      </p>
      <fieldset className="filters">
        <legend>
          <Message id="filter.legend" />
        </legend>
        <SelectField<ComplaintStage | ''>
          label={<Message id="complaints.stage" />}
          value={stage}
          onChange={setStage}
          testId="filter-stage"
          options={[
            { value: '', label: text('filter.all') },
            ...STAGES.map((s) => ({ value: s, label: text(`complaints.stage.${s}` as MessageId) })),
          ]}
        />
      </fieldset>
      {caseworker && (
        <div className="toolbar">
          <a
            className="button"
            href={`/api/v1/complaints/export.csv${query({ stage })}`}
            download
            data-testid="lapor-export"
          >
            <Message id="complaints.export" />
          </a>
        </div>
      )}
      {saved && (
        <p className="notice" role="status" data-testid="stage-saved">
          <Message id="complaints.saved" values={{ code: saved }} />
        </p>
      )}
      <ErrorNote error={error} />
      {complaints && (
        <ListTable
          testId="complaint-rows"
          caption="complaints.caption"
          columns={[
            'inbox.code',
            'inbox.filedAt',
            'complaints.type',
            'complaints.topic',
            'inbox.kiosk',
            'complaints.identity',
            'complaints.stage',
            'complaints.next',
          ]}
          actions={caseworker}
        >
          {complaints.map((c) => (
            <tr key={c.trackingCode} className={c.due && c.due.daysLeft < 0 ? 'late' : undefined}>
              <td translate="no">{c.trackingCode}</td>
              <td>{dateTime(intl, c.filedAt)}</td>
              <td>
                <Message id={`complaints.type.${c.type}` as MessageId} />
              </td>
              <td translate="no">{c.topic.map((t) => t[language]).join(' / ')}</td>
              <td translate="no">{kioskName(c.kiosk)}</td>
              <td>
                <Message id={`complaints.identity.${c.identity}` as MessageId} />
              </td>
              <td data-testid={`stage-${c.trackingCode}`}>
                <Message id={`complaints.stage.${c.stage}` as MessageId} />
              </td>
              <td>
                {c.due && (
                  <span className="muted">
                    <Message id={`complaints.step.${c.due.step}` as MessageId} />{' '}
                  </span>
                )}
                <span>
                  <TimeLeft left={c.due?.daysLeft ?? null} />
                </span>
              </td>
              {caseworker && (
                <td>
                  {c.stage !== 'closed' && (
                    <button type="button" onClick={() => setMoving(c)} data-testid={`move-${c.trackingCode}`}>
                      <Message id="complaints.move" />
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </ListTable>
      )}
      {complaints?.length === 0 && (
        <p data-testid="complaints-empty">
          <Message id="complaints.empty" />
        </p>
      )}
      {moving && (
        <StageDialog
          complaint={moving}
          onClose={() => setMoving(null)}
          onMoved={() => {
            setSaved(moving.trackingCode);
            setMoving(null);
            load();
          }}
        />
      )}
    </section>
  );
}
