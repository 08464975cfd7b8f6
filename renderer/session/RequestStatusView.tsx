import { useIntl, type IntlShape } from 'react-intl';
import type { Language, RequestStatus, Service } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';
import { ComplaintStatusView } from '../voice/ComplaintStatusView';

const COMPLAINT_TYPES = {
  complaint: 'complaint.type.complaint',
  aspiration: 'complaint.type.aspiration',
  information: 'complaint.type.information',
} as const satisfies Record<string, MessageId>;

/**
 * What a looked-up code is called: a complaint's type (complaints are no service of the
 * catalog), or the service's name; the bare code of a service the catalog no longer has.
 */
export function statusTitle(intl: IntlShape, status: RequestStatus, service: Service | undefined, language: Language) {
  if (status.complaint) return intl.formatMessage({ id: COMPLAINT_TYPES[status.complaint.type] });
  return service ? service.service_name[language] : status.serviceCode;
}

/**
 * A request as the citizen looks it up (a scanned receipt, or its code typed under "Cek
 * status"): its code and queue, when it was made, where it stands at the agency, and once
 * it is ready, where to collect it and what to bring. Nothing about the person.
 */
export function RequestStatusView({
  status,
  service,
  language,
}: {
  status: RequestStatus;
  service: Service | undefined;
  language: Language;
}) {
  const intl = useIntl();
  if (status.complaint) return <ComplaintStatusView status={status.complaint} language={language} />;
  const ready = status.hubStatus?.state === 'ready';
  return (
    <>
      <dl className="request-status">
        <dt>{intl.formatMessage({ id: 'result.trackingCode' })}</dt>
        <dd data-testid="request-status-code">{status.trackingCode}</dd>
        <dt>{intl.formatMessage({ id: 'result.queueNumber' })}</dt>
        <dd data-testid="request-status-queue">
          {status.queueNumber} · {status.counter.name[language]}
        </dd>
      </dl>
      <p {...speak()}>{intl.formatMessage({ id: 'result.requestedAt' }, { when: new Date(status.requestedAt) })}</p>
      <Progress status={status} language={language} />
      {ready && (
        <div data-testid="request-status-collect">
          <p {...speak()}>
            {intl.formatMessage(
              { id: 'status.collectAt' },
              { code: status.counter.code, name: status.counter.name[language] },
            )}
          </p>
          {service && (
            <>
              <p {...speak()}>{intl.formatMessage({ id: 'status.bring' })}</p>
              <ul className="check-list">
                {service.standard.requirements.map((r, i) => (
                  <li key={i} {...speak()}>
                    {r[language]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </>
  );
}

type State = NonNullable<RequestStatus['hubStatus']>['state'];
const STEPS: State[] = ['received', 'processing', 'ready', 'done'];
const STEP_MESSAGES: Record<State, MessageId> = {
  received: 'status.received',
  processing: 'status.processing',
  ready: 'status.ready',
  done: 'status.done',
  rejected: 'status.rejected',
};

/**
 * Where the request stands at the agency, as a short line of steps: received, processing,
 * ready for pickup, done; or received, then rejected with the reason. Until the hub has
 * said anything the request is received, as of the time it was made.
 */
function Progress({ status, language }: { status: RequestStatus; language: Language }) {
  const intl = useIntl();
  const hub = status.hubStatus ?? null;
  const state = hub?.state ?? 'received';
  const steps = state === 'rejected' ? (['received', 'rejected'] as State[]) : STEPS;
  const reached = steps.indexOf(state);
  const when = (id: MessageId, at: string) => intl.formatMessage({ id }, { when: new Date(at) });
  return (
    <>
      <p data-testid="request-status-state" {...speak()}>
        {intl.formatMessage({ id: 'status.now' }, { state: intl.formatMessage({ id: STEP_MESSAGES[state] }) })}
      </p>
      <ol data-testid="request-status-steps" aria-label={intl.formatMessage({ id: 'status.steps' })}>
        {steps.map((step, i) => (
          <li key={step} aria-current={i === reached ? 'step' : undefined}>
            {i <= reached ? (
              <strong>{intl.formatMessage({ id: STEP_MESSAGES[step] })}</strong>
            ) : (
              intl.formatMessage({ id: STEP_MESSAGES[step] })
            )}
          </li>
        ))}
      </ol>
      {hub?.note && (
        <p data-testid="request-status-note" {...speak()}>
          {intl.formatMessage(
            { id: state === 'rejected' ? 'status.reason' : 'status.note' },
            { note: hub.note[language] },
          )}
        </p>
      )}
      {hub && <p {...speak()}>{when('status.changedAt', hub.changedAt)}</p>}
      {status.updatedAt && (
        <p data-testid="request-status-updated" {...speak()}>
          {when('status.updatedAt', status.updatedAt)}
        </p>
      )}
    </>
  );
}
