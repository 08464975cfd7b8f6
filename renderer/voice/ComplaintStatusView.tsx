import { Fragment } from 'react';
import { useIntl } from 'react-intl';
import type { ComplaintStage, ComplaintStatus, Language } from '../../preload/contract';
import { COMPLAINT_STAGES } from '../../sync/complaint-codes';
import type { MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';

const STAGE_TEXT: Record<ComplaintStage, MessageId> = {
  received: 'complaint.stage.received',
  verified: 'complaint.stage.verified',
  forwarded: 'complaint.stage.forwarded',
  answered: 'complaint.stage.answered',
  closed: 'complaint.stage.closed',
};
const NEXT_TEXT = {
  verify: 'complaint.next.verify',
  answer: 'complaint.next.answer',
  close: 'complaint.next.close',
} as const satisfies Record<string, MessageId>;

/**
 * A complaint as its code looks it up: its topic, the LAPOR! stages with the current one
 * marked, and the deadline that runs now (verified within 3 working days, answered within 5
 * after forwarding, closed 10 after an answer without reply). Nothing about the person.
 */
export function ComplaintStatusView({ status, language }: { status: ComplaintStatus; language: Language }) {
  const intl = useIntl();
  const reached = COMPLAINT_STAGES.indexOf(status.stage);
  return (
    <div data-testid="complaint-status">
      {/* Each level of the topic is the catalog's own text, so each is its own element. */}
      <p {...speak()}>
        {status.topicNames.map((name, i) => (
          <Fragment key={i}>
            {i > 0 && ' / '}
            <span>{name[language]}</span>
          </Fragment>
        ))}
      </p>
      <ol data-testid="complaint-stages" aria-label={intl.formatMessage({ id: 'status.steps' })}>
        {COMPLAINT_STAGES.map((stage, i) => (
          <li key={stage} aria-current={i === reached ? 'step' : undefined} {...speak()}>
            {i <= reached ? (
              <strong>{intl.formatMessage({ id: STAGE_TEXT[stage] })}</strong>
            ) : (
              intl.formatMessage({ id: STAGE_TEXT[stage] })
            )}
          </li>
        ))}
      </ol>
      {status.next && (
        <p data-testid="complaint-next" {...speak()}>
          {intl.formatMessage({ id: NEXT_TEXT[status.next.step] }, { when: new Date(`${status.next.by}T00:00:00Z`) })}
        </p>
      )}
    </div>
  );
}
