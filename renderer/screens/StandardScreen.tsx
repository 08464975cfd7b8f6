import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { currentService } from '../flow/session';
import { formatCost } from '../i18n/format';
import type { MessageId } from '../i18n/messages';
import { KIOSK_IDLE_TIMES } from '../idle/kiosk-idle-times';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Pictogram } from '../ui/Pictogram';
import { BackButton, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** The service's public standard (PermenPAN-RB 15/2014), all six parts, before any question. */
export function StandardScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { language } = snapshot.context;
  const service = currentService(snapshot.context);
  if (!service) return null;
  const { standard } = service;
  const section = (testId: string, title: MessageId, body: ReactNode, wide = false) => (
    <section className={`standard-part ${wide ? 'standard-part-wide' : ''}`} data-testid={testId}>
      <h2 {...speak()}>{intl.formatMessage({ id: title })}</h2>
      {body}
    </section>
  );
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-standard"
      footer={
        <>
          <BackButton send={send} />
          <Button variant="primary" testId="standard-start" onClick={() => send({ type: 'BEGIN' })}>
            {intl.formatMessage({ id: 'standard.start' })}
          </Button>
        </>
      }
    >
      <div className="standard-heading">
        <Pictogram name={service.pictogram} />
        <div>
          <h1 tabIndex={-1} {...speak()}>
            {service.service_name[language]}
          </h1>
          <p className="lead" {...speak()}>
            {service.description[language]}
          </p>
        </div>
      </div>
      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'standard.intro' })}
      </p>
      <div className="standard-parts">
        {section(
          'standard-requirements',
          'standard.requirements',
          <ul className="check-list">
            {standard.requirements.map((r, i) => (
              <li key={i} {...speak()}>
                {r[language]}
              </li>
            ))}
          </ul>,
          true,
        )}
        {section(
          'standard-procedure',
          'standard.procedure',
          <ol className="step-list">
            {standard.procedure.map((p, i) => (
              <li key={i} {...speak()}>
                {p[language]}
              </li>
            ))}
          </ol>,
          true,
        )}
        {section('standard-duration', 'standard.duration', <p {...speak()}>{standard.duration[language]}</p>)}
        {section(
          'standard-cost',
          'standard.cost',
          <>
            <p className="cost" {...speak()}>
              {formatCost(intl, standard.cost.amountIdr)}
            </p>
            {standard.cost.note && (
              <p className="small" {...speak()}>
                {standard.cost.note[language]}
              </p>
            )}
          </>,
        )}
        {section('standard-product', 'standard.product', <p {...speak()}>{standard.product[language]}</p>)}
        {section('standard-complaints', 'standard.complaints', <p {...speak()}>{standard.complaints[language]}</p>)}
      </div>
      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'standard.questions' }, { count: service.fields.length })}
      </p>
      {/* WCAG 2.2.6: say how long the kiosk waits before it asks whether anyone is still there. */}
      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'standard.idleNote' }, { seconds: KIOSK_IDLE_TIMES.answer })}
      </p>
    </SessionScreen>
  );
}
