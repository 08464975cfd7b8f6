import { useIntl } from 'react-intl';
import type { Field } from '../../preload/contract';
import { currentService } from '../flow/session';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Progress } from '../ui/Progress';
import { BackButton, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/**
 * An optional extra (a phone number for SMS updates) is asked for only after a yes of its
 * own: the consent question comes first, with two large answers, and a no moves on with
 * nothing recorded.
 */
export function ConsentQuestion({ snapshot, send, field }: ScreenProps & { field: Field }) {
  const intl = useIntl();
  const { language, index } = snapshot.context;
  const service = currentService(snapshot.context);
  if (!service || !field.consent) return null;
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-consent"
      step={`consent-${field.code}`}
      className="question question-consent"
      footer={<BackButton send={send} />}
    >
      <Progress current={index + 1} total={service.fields.length} />
      <h1 tabIndex={-1} data-testid="consent-title" {...speak()}>
        {field.consent[language]}
      </h1>
      <p className="lead" {...speak()}>
        {field.description[language]}
      </p>
      <div className="consent-choices">
        <Button variant="primary" testId="consent-yes" onClick={() => send({ type: 'CONSENT', given: true })}>
          {intl.formatMessage({ id: 'question.consentYes' })}
        </Button>
        <Button variant="secondary" testId="consent-no" onClick={() => send({ type: 'CONSENT', given: false })}>
          {intl.formatMessage({ id: 'question.consentNo' })}
        </Button>
      </div>
    </SessionScreen>
  );
}
