/**
 * One request: its summary, the citizen's answers (personal ones only for roles that may
 * see them; the hub records each view), its history, and for caseworkers the status change
 * and the unit it is assigned to.
 */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import type { Account, Language, RequestDetail } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { findServiceIn, serviceName, useCatalog } from '../catalog/catalog-context';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { TextField } from '../ui/fields';
import { dateTime } from '../ui/format';
import { REQUEST_STATUS_WORDS, StatusForm, type StatusChange } from './StatusForm';
import { TimeLeft, daysLeft } from './TimeLeft';
import { Message, useText } from '../i18n/t';

export function RequestPanel(props: { code: string; account: Account; onClose(): void; onChanged(): void }) {
  const intl = useIntl();
  const text = useText();
  const language = intl.locale.slice(0, 2) as Language;
  const { catalog } = useCatalog();
  const [detail, setDetail] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [unit, setUnit] = useState('');
  const [saved, setSaved] = useState<MessageId | null>(null);
  const caseworker = props.account.role !== 'observer';

  useEffect(() => {
    api<RequestDetail>('GET', `/requests/${props.code}`).then((d) => {
      setDetail(d);
      setUnit(d.request.assignedUnit ?? '');
    }, setError);
  }, [props.code]);

  async function act(call: () => Promise<RequestDetail>, done: MessageId) {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const d = await call();
      setDetail(d);
      setSaved(done);
      props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const changeStatus = (change: StatusChange) =>
    act(
      () =>
        api<RequestDetail>('POST', `/requests/${props.code}/status`, {
          ...change,
          expectedStatus: detail!.request.status,
        }),
      'status.saved',
    );
  const assign = () =>
    act(() => api<RequestDetail>('PUT', `/requests/${props.code}/unit`, { unit: unit.trim() || null }), 'unit.saved');

  const request = detail?.request;
  const service = request && findServiceIn(catalog, request.serviceCode);
  const fieldName = (code: string) =>
    service?.fields.find((f) => f.code === code)?.description[language] ??
    (code.startsWith('open311_') ? text('request.partnerField', { field: code.slice(8) }) : code);
  return (
    <Dialog
      title={<Message id="request.title" values={{ code: props.code }} />}
      onClose={props.onClose}
      testId="request-panel"
      wide
    >
      <ErrorNote error={error} />
      {saved && (
        <p className="notice" role="status" data-testid="saved">
          <Message id={saved} />
        </p>
      )}
      {request && (
        <div className="request-columns">
          <div>
            <dl className="facts">
              <dt>
                <Message id="inbox.service" />
              </dt>
              <dd translate="no">{serviceName(catalog, request.serviceCode, language)}</dd>
              <dt>
                <Message id="inbox.kiosk" />
              </dt>
              <dd translate="no">
                {request.kiosk.name} ({request.kiosk.prefix})
              </dd>
              <dt>
                <Message id="inbox.status" />
              </dt>
              <dd data-testid="request-status">
                <Message id={`status.${request.status}` as MessageId} />
              </dd>
              <dt>
                <Message id="inbox.filedAt" />
              </dt>
              <dd>{dateTime(intl, request.requestedAt)}</dd>
              <dt>
                <Message id="inbox.timeLeft" />
              </dt>
              <dd>
                <TimeLeft left={daysLeft(request, service)} />
              </dd>
              {request.queueNumber !== null && (
                <>
                  <dt>
                    <Message id="request.queue" />
                  </dt>
                  <dd translate="no">
                    {request.counter}-{request.queueNumber}
                  </dd>
                </>
              )}
            </dl>
            <h3>
              <Message id="request.answers" />
            </h3>
            <dl className="answers" data-testid="answers">
              {Object.entries(request.answers).map(([code, value]) => (
                <div key={code}>
                  <dt translate="no">{fieldName(code)}</dt>
                  <dd translate="no">{Array.isArray(value) ? value.join(', ') : value}</dd>
                </div>
              ))}
            </dl>
            {request.hiddenFields.length > 0 && (
              <p className="muted" data-testid="hidden-fields">
                <Message id="request.hidden" values={{ count: request.hiddenFields.length }} />
              </p>
            )}
            <h3>
              <Message id="request.history" />
            </h3>
            <ol className="history" data-testid="history">
              {detail.history.map((h, i) => (
                <li key={i}>
                  <strong>
                    <Message id={`status.${h.status}` as MessageId} />
                  </strong>{' '}
                  {dateTime(intl, h.at)}
                  {h.by && <span translate="no"> · {h.by}</span>}
                  {h.reason && <div translate="no">{h.reason}</div>}
                  {h.note && (
                    <div className="muted" translate="no">
                      {h.note[language]}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </div>
          {caseworker && (
            <div>
              <h3>
                <Message id="status.change" />
              </h3>
              <StatusForm
                key={request.status}
                choices={detail.nextStatuses.filter((s): s is StatusChange['status'] => s !== 'received')}
                words={REQUEST_STATUS_WORDS}
                busy={busy}
                submitLabel="status.submit"
                onSubmit={changeStatus}
              />
              <h3>
                <Message id="unit.title" />
              </h3>
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void assign();
                }}
              >
                <TextField
                  label={<Message id="unit.label" />}
                  hint={<Message id="unit.hint" />}
                  value={unit}
                  onChange={setUnit}
                  maxLength={80}
                  testId="unit"
                />
                <button type="submit" disabled={busy} data-testid="unit-submit">
                  <Message id="unit.submit" />
                </button>
              </form>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
