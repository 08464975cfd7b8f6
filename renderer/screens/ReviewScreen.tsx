import { useIntl, type IntlShape } from 'react-intl';
import type { Field } from '../../preload/contract';
import { isEmptyValue } from '../flow/catalog';
import { answerFor, currentService, type SessionContext } from '../flow/session';
import { formatDateAnswer } from '../i18n/format';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { BackAndGo, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** Answers the citizen typed, as opposed to choices and dates the kiosk words itself. */
const typedKind = (field: Field) => !['singlevaluelist', 'multivaluelist', 'date', 'datetime'].includes(field.datatype);

/**
 * What review shows for an answer. Choices and dates are worded here in the active language;
 * everything else is the server's display, which is how a NIK arrives masked.
 */
function reviewText(field: Field, context: SessionContext, intl: IntlShape): string | null {
  const value = answerFor(context, field.code);
  if (isEmptyValue(value)) return null;
  const keys = Array.isArray(value) ? value : [value];
  switch (field.datatype) {
    case 'singlevaluelist':
    case 'multivaluelist':
      return keys.map((k) => field.values?.find((v) => v.key === k)?.name[context.language] ?? k).join(', ');
    case 'date':
    case 'datetime':
      return formatDateAnswer(intl, keys.join(''));
    case 'nik': {
      // Never the raw number, even if the checked display were somehow missing.
      const raw = keys.join('');
      return context.displays[field.code] ?? '*'.repeat(Math.max(0, raw.length - 4)) + raw.slice(-4);
    }
    default:
      return context.displays[field.code] ?? keys.join(', ');
  }
}

export function ReviewScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { context } = snapshot;
  const { language } = context;
  const service = currentService(context);
  if (!service) return null;
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-review"
      footer={<BackAndGo send={send} testId="confirm" label="review.confirm" event={{ type: 'CONFIRM' }} />}
    >
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'review.title' })}
      </h1>
      <p className="lead" {...speak()}>
        {service.service_name[language]}
      </p>
      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'review.intro' })}
      </p>
      <ul className="review-list">
        {service.fields.map((field) => {
          const text = reviewText(field, context, intl);
          const declined = field.consent !== undefined && context.consents[field.code] === false;
          return (
            <li className="review-row" key={field.code} data-testid={`review-${field.code}`}>
              <div className="review-text">
                {/* The questions are read aloud; the answers are the citizen's own and are not. */}
                <p className="review-question" {...speak()}>
                  {field.description[language]}
                </p>
                <p
                  className={`review-answer ${text === null ? 'is-empty' : ''}`}
                  translate={text !== null && typedKind(field) ? 'no' : undefined}
                >
                  {text ?? intl.formatMessage({ id: declined ? 'review.declined' : 'review.notAnswered' })}
                </p>
              </div>
              <Button
                variant="secondary"
                testId={`edit-${field.code}`}
                onClick={() => send({ type: 'EDIT', field: field.code })}
              >
                {intl.formatMessage({ id: 'review.edit' })}
              </Button>
            </li>
          );
        })}
      </ul>
    </SessionScreen>
  );
}
