import { useIntl } from 'react-intl';
import type { PrinterState } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { currentService } from '../flow/session';
import { speak, spelled } from '../speech/speakable';
import { Button } from '../ui/Button';
import { TrackingCode } from '../ui/TrackingCode';
import { SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** What the result screen says when the receipt did not print at once. */
const PRINTER_NOTES = {
  preview: 'result.printer.preview',
  queued: 'result.printer.queued',
  stopped: 'result.printer.stopped',
} as const satisfies Record<Exclude<PrinterState, 'printed'>, MessageId>;

export function ResultScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { language, receipt } = snapshot.context;
  const service = currentService(snapshot.context);
  if (!receipt || !service) return null;
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-result"
      cancellable={false}
      footer={
        <>
          <Button variant="secondary" testId="finish" onClick={() => send({ type: 'FINISH' })}>
            {intl.formatMessage({ id: 'result.finish' })}
          </Button>
          {/* The survey is offered, never in the way: Finish (or walking away) skips it. */}
          <Button variant="primary" testId="survey-offer" onClick={() => send({ type: 'SURVEY' })}>
            {intl.formatMessage({ id: 'survey.offer' })}
          </Button>
        </>
      }
    >
      <div className="result-heading">
        <svg className="status-icon status-icon-ok" viewBox="0 0 48 48" aria-hidden="true">
          <circle cx="24" cy="24" r="22" fill="currentColor" />
          <path
            className="icon-mark"
            d="M13 25l7 7 15-15"
            fill="none"
            strokeWidth="5"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <h1 tabIndex={-1} {...speak()}>
          {intl.formatMessage({ id: 'result.title' })}
        </h1>
      </div>
      <p className="lead" {...speak()}>
        {service.service_name[language]}
      </p>
      <p className="small requested-at" data-testid="requested-at">
        {intl.formatMessage({ id: 'result.requestedAt' }, { when: new Date(receipt.requestedAt) })}
      </p>

      {receipt.printer !== 'printed' && (
        <p
          className={`printer-note printer-note-${receipt.printer}`}
          role="status"
          data-testid="printer-note"
          {...speak()}
        >
          {intl.formatMessage({
            id: PRINTER_NOTES[receipt.printer],
          })}
        </p>
      )}

      <section className="result-queue">
        <div>
          <h2 {...speak()}>{intl.formatMessage({ id: 'result.queueNumber' })}</h2>
          <p
            className="queue-number"
            data-testid="queue-number"
            translate="no"
            {...speak(spelled(receipt.queueNumber))}
          >
            {receipt.queueNumber}
          </p>
        </div>
        <div>
          <h2 {...speak()}>{intl.formatMessage({ id: 'result.counter' })}</h2>
          <p className="counter-code" {...speak()}>
            {intl.formatMessage({ id: 'result.counterCode' }, { code: receipt.counter.code })}
          </p>
          <p className="counter-name" data-testid="counter-name" {...speak()}>
            {receipt.counter.name[language]}
          </p>
        </div>
      </section>

      <TrackingCode
        trackingCode={receipt.trackingCode}
        qr={receipt.qr}
        title="result.trackingCode"
        help="result.trackingHelp"
      />

      <section className="result-bring">
        <h2 {...speak()}>{intl.formatMessage({ id: 'result.bring' })}</h2>
        <ul className="check-list" data-testid="bring-list">
          {service.standard.requirements.map((r, i) => (
            <li key={i} {...speak()}>
              {r[language]}
            </li>
          ))}
        </ul>
      </section>

      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'result.finishHint' })}
      </p>
    </SessionScreen>
  );
}
