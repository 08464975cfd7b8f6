import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ErrorCode, KioskApi, Language, RequestStatus } from '../../preload/contract';
import { signInStaff } from '../devices/staff-sign-in';
import { useScans } from '../devices/use-scans';
import { ERROR_MESSAGES, type MessageId } from '../i18n/messages';
import type { SessionSnapshot } from '../screens/types';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

type Shown = { status: RequestStatus } | { error: ErrorCode };

/**
 * Scans on the start screen, wherever they come from: a receipt's QR code held to the
 * scanner shows that request's status; a staff badge goes to the staff sign-in hook.
 */
export function ScannedRequest({ kiosk, snapshot }: { kiosk: KioskApi; snapshot: SessionSnapshot }) {
  const intl = useIntl();
  const [shown, setShown] = useState<Shown | null>(null);
  const { catalog, info, language } = snapshot.context;

  useScans(kiosk, info?.scanner, async (scan) => {
    if (scan.kind === 'staffBadge') {
      signInStaff(scan.code);
      return;
    }
    if (scan.kind !== 'trackingCode') return;
    const result = await kiosk['requests.status']({ trackingCode: scan.code });
    setShown(result.ok ? { status: result.value } : { error: result.code });
  });

  if (!shown) return null;
  const close = (
    <Button variant="primary" testId="request-status-close" onClick={() => setShown(null)} autoFocus {...speak()}>
      {intl.formatMessage({ id: 'help.close' })}
    </Button>
  );
  if ('error' in shown) {
    return (
      <Dialog
        testId="request-status"
        message={intl.formatMessage({ id: ERROR_MESSAGES[shown.error] })}
        actions={close}
      />
    );
  }
  const { status } = shown;
  const service = catalog?.services.find((s) => s.service_code === status.serviceCode);
  return (
    <Dialog
      testId="request-status"
      message={service ? service.service_name[language] : status.serviceCode}
      actions={close}
    >
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
    </Dialog>
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
