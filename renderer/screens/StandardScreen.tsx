import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { currentService } from '../flow/session';
import { formatCost } from '../i18n/format';
import type { MessageId } from '../i18n/messages';
import { KIOSK_IDLE_TIMES } from '../idle/kiosk-idle-times';
import { speak } from '../speech/speakable';
import { Pictogram } from '../ui/Pictogram';
import { BackAndGo, ReadingPart, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** The service's public standard (PermenPAN-RB 15/2014), all six parts, before any question. */
export function StandardScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { language } = snapshot.context;
  const service = currentService(snapshot.context);
  if (!service) return null;
  const { standard } = service;
  const section = (testId: string, title: MessageId, body: ReactNode, wide = false) => (
    <ReadingPart className={`standard-part ${wide ? 'standard-part-wide' : ''}`} testId={testId} title={title}>
      {body}
    </ReadingPart>
  );
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-standard"
      footer={<BackAndGo send={send} testId="standard-start" label="standard.start" event={{ type: 'BEGIN' }} />}
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
