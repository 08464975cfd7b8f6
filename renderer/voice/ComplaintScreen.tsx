import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { ComplaintType, Identity } from '../../preload/contract';
import { formatDateAnswer } from '../i18n/format';
import { ERROR_MESSAGES, FIELD_ERROR_MESSAGES, type MessageId } from '../i18n/messages';
import { BackButton, SessionScreen } from '../screens/SessionScreen';
import type { ScreenProps } from '../screens/types';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { DatePicker } from '../ui/DatePicker';
import { Pictogram } from '../ui/Pictogram';
import { TrackingCode } from '../ui/TrackingCode';
import { CHECKED_STEPS, topicsAt, type ComplaintDraft } from './complaint-draft';
import { TypedInput } from './TypedStep';
import './voice.css';

const TYPES: ComplaintType[] = ['complaint', 'aspiration', 'information'];
const TYPE_PICTOGRAMS: Record<ComplaintType, string> = {
  complaint: 'megaphone',
  aspiration: 'speech-bubble',
  information: 'letter',
};
const TYPE_TEXT: Record<ComplaintType, [MessageId, MessageId]> = {
  complaint: ['complaint.type.complaint', 'complaint.type.complaint.about'],
  aspiration: ['complaint.type.aspiration', 'complaint.type.aspiration.about'],
  information: ['complaint.type.information', 'complaint.type.information.about'],
};
const IDENTITIES: Identity[] = ['named', 'confidential', 'anonymous'];
const IDENTITY_TEXT: Record<Identity, [MessageId, MessageId]> = {
  named: ['complaint.identity.named', 'complaint.identity.named.about'],
  confidential: ['complaint.identity.confidential', 'complaint.identity.confidential.about'],
  anonymous: ['complaint.identity.anonymous', 'complaint.identity.anonymous.about'],
};
const STEP_HINTS = {
  text: 'complaint.text.hint',
  place: 'complaint.place.hint',
  date: 'complaint.date.hint',
  nik: 'complaint.nik.hint',
  name: 'complaint.name.hint',
  phone: 'complaint.phone.hint',
} as const satisfies Record<keyof typeof STEP_TITLES, MessageId>;
const STEP_TITLES = {
  text: 'complaint.text.title',
  place: 'complaint.place.title',
  date: 'complaint.date.title',
  nik: 'complaint.nik.title',
  name: 'complaint.name.title',
  phone: 'complaint.phone.title',
} as const satisfies Partial<Record<ComplaintDraft['step'], MessageId>>;
const MAX = { place: 200, nik: 16, name: 100, phone: 16 } as const;

/** A complaint, aspiration or information request (SP4N-LAPOR!): every step of its draft on one screen component. */
export function ComplaintScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { complaint: draft, catalog, language } = snapshot.context;
  const answer = useCallback((value: string) => send({ type: 'C_ANSWER', value }), [send]);
  const next = useCallback(() => send({ type: 'C_NEXT' }), [send]);
  if (!draft) return null;
  const desk = catalog?.complaints;
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const frame = (body: React.ReactNode, footer: React.ReactNode) => (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId={`screen-complaint-${draft.step}`}
      step={`${draft.step}:${draft.topic.join('/')}`}
      className="complaint"
      cancellable={draft.step !== 'done'}
      footer={footer}
    >
      {body}
    </SessionScreen>
  );
  const back = <BackButton send={send} />;

  switch (draft.step) {
    case 'type':
      return frame(
        <>
          <h1 tabIndex={-1} {...speak()}>
            {t('complaint.type.title')}
          </h1>
          <div className="voice-choices">
            {TYPES.map((type) => (
              <button
                key={type}
                type="button"
                className="btn voice-choice"
                data-testid={`complaint-type-${type}`}
                onClick={() => send({ type: 'C_TYPE', value: type })}
              >
                <Pictogram name={TYPE_PICTOGRAMS[type]} />
                <span className="voice-choice-text">
                  <strong {...speak()}>{t(TYPE_TEXT[type][0])}</strong>
                  <span {...speak()}>{t(TYPE_TEXT[type][1])}</span>
                </span>
              </button>
            ))}
          </div>
        </>,
        back,
      );
    case 'topic': {
      const topics = topicsAt(desk, draft.topic);
      return frame(
        <>
          <h1 tabIndex={-1} {...speak()}>
            {t('complaint.topic.title')}
          </h1>
          <div className="voice-choices voice-topics">
            {topics.map((topic) => (
              <button
                key={topic.code}
                type="button"
                className="btn voice-choice"
                data-testid={`complaint-topic-${topic.code}`}
                onClick={() => send({ type: 'C_TOPIC', code: topic.code })}
              >
                {topic.pictogram && <Pictogram name={topic.pictogram} size="small" />}
                <strong {...speak()}>{topic.name[language]}</strong>
              </button>
            ))}
          </div>
        </>,
        back,
      );
    }
    case 'identity':
      return frame(
        <>
          <h1 tabIndex={-1} {...speak()}>
            {t('complaint.identity.title')}
          </h1>
          <div className="voice-choices">
            {IDENTITIES.map((identity) => (
              <button
                key={identity}
                type="button"
                className="btn voice-choice"
                data-testid={`complaint-identity-${identity}`}
                onClick={() => send({ type: 'C_IDENTITY', value: identity })}
              >
                <span className="voice-choice-text">
                  <strong {...speak()}>{t(IDENTITY_TEXT[identity][0])}</strong>
                  <span {...speak()}>{t(IDENTITY_TEXT[identity][1])}</span>
                </span>
              </button>
            ))}
          </div>
        </>,
        back,
      );
    case 'notice': {
      const privacy = catalog?.privacy;
      return frame(
        <>
          <h1 tabIndex={-1} {...speak()}>
            {t('complaint.notice.title')}
          </h1>
          <p {...speak()}>{t('complaint.notice.data')}</p>
          {privacy && (
            <>
              <p {...speak()}>{privacy.purpose[language]}</p>
              <p {...speak()}>{privacy.recipients[language]}</p>
              <p {...speak()}>{t('complaint.notice.retention', { days: desk?.retention.daysAfterSync ?? 0 })}</p>
              <p {...speak()}>{privacy.rights[language]}</p>
              <p {...speak()}>{privacy.contact[language]}</p>
            </>
          )}
        </>,
        <>
          {back}
          <Button variant="primary" testId="complaint-notice-accept" onClick={() => send({ type: 'C_ACCEPT_NOTICE' })}>
            {t('complaint.notice.accept')}
          </Button>
        </>,
      );
    }
    case 'review':
    case 'sending':
    case 'failed':
      return frame(
        <Review draft={draft} />,
        draft.step === 'failed' ? (
          <>
            {back}
            <Button variant="primary" testId="complaint-retry" onClick={() => send({ type: 'RETRY' })}>
              {t('complaint.retry')}
            </Button>
          </>
        ) : (
          <>
            {back}
            <Button
              variant="primary"
              testId="complaint-send"
              aria-busy={draft.step === 'sending'}
              onClick={() => draft.step === 'review' && send({ type: 'C_SEND' })}
            >
              {t(draft.step === 'sending' ? 'complaint.sending' : 'complaint.send')}
            </Button>
          </>
        ),
      );
    case 'done':
      return frame(
        <Done draft={draft} />,
        <>
          <Button variant="secondary" testId="finish" onClick={() => send({ type: 'FINISH' })}>
            {t('result.finish')}
          </Button>
          <Button variant="primary" testId="survey-offer" onClick={() => send({ type: 'SURVEY' })}>
            {t('survey.offer')}
          </Button>
        </>,
      );
    default: {
      const field = CHECKED_STEPS[draft.step]!;
      const step = draft.step as keyof typeof STEP_TITLES;
      const value = draft.answers[field];
      const optional = step === 'place' || step === 'date';
      const max = step === 'text' ? (desk?.maxLength ?? 1000) : (MAX[step as keyof typeof MAX] ?? 200);
      const problem = draft.problem;
      return frame(
        <>
          <h1 tabIndex={-1} data-testid="question-title" {...speak()}>
            {t(STEP_TITLES[step])}
          </h1>
          <p className="question-hint">
            <span className={`badge ${optional ? 'badge-optional' : 'badge-required'}`} {...speak()}>
              {t(optional ? 'question.optional' : 'question.required')}
            </span>
            <span {...speak()}>{t(STEP_HINTS[step])}</span>
          </p>
          {step !== 'date' && (
            <div className={`answer-box ${problem ? 'has-error' : ''}`}>
              <span className="answer-value" data-testid="answer-value" translate="no">
                {value}
              </span>
              <span className="caret" aria-hidden="true" />
            </div>
          )}
          {step === 'date' && value && (
            <p className="answer-box" data-testid="answer-value">
              {formatDateAnswer(intl, value)}
            </p>
          )}
          {step === 'text' && (
            <p className="answer-count" data-testid="complaint-count" aria-live="polite">
              {t('complaint.text.count', { count: value.length, max })}
            </p>
          )}
          {problem && (
            <p className="field-error" role="alert" data-testid="field-error" {...speak()}>
              {intl.formatMessage(
                { id: problem.kind === 'field' ? FIELD_ERROR_MESSAGES[problem.code] : ERROR_MESSAGES[problem.code] },
                { count: value.length },
              )}
            </p>
          )}
          {step === 'date' ? (
            <DatePicker value={value} withTime={false} onChange={answer} />
          ) : (
            <TypedInput
              value={value}
              max={max}
              keypad={step === 'nik' || step === 'phone'}
              onChange={answer}
              onEnter={next}
            />
          )}
        </>,
        <>
          {back}
          {optional && (
            <Button variant="quiet" testId="complaint-skip" onClick={() => send({ type: 'C_SKIP' })}>
              {t('complaint.skip')}
            </Button>
          )}
          <Button variant="primary" testId="next" onClick={next}>
            {t('nav.next')}
          </Button>
        </>,
      );
    }
  }
}

function Review({ draft }: { draft: ComplaintDraft }) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  // Typed answers are the citizen's data (never translated); the rest are the kiosk's words.
  const none = t('complaint.review.none');
  const rows: Array<[MessageId, string, ComplaintDraft['step'], boolean]> = [
    ['complaint.review.type', draft.type ? t(TYPE_TEXT[draft.type][0]) : '', 'type', false],
    ['complaint.review.text', draft.answers.text, 'text', true],
    ['complaint.review.place', draft.answers.place || none, 'place', !!draft.answers.place],
    [
      'complaint.review.date',
      draft.answers.happenedOn ? formatDateAnswer(intl, draft.answers.happenedOn) : none,
      'date',
      false,
    ],
    ['complaint.review.identity', draft.identity ? t(IDENTITY_TEXT[draft.identity][0]) : '', 'identity', false],
  ];
  if (draft.identity !== 'anonymous') {
    rows.push(
      ['complaint.review.nik', draft.displays.nik ?? '', 'nik', true],
      ['complaint.review.name', draft.answers.name, 'name', true],
      ['complaint.review.phone', draft.answers.phone, 'phone', true],
    );
  }
  return (
    <>
      <h1 tabIndex={-1} {...speak()}>
        {t('complaint.review.title')}
      </h1>
      <dl className="review-list" data-testid="complaint-review">
        {rows.map(([label, value, step, typed]) => (
          <div key={step} className="review-row">
            <dt {...speak()}>{t(label)}</dt>
            <dd translate={typed ? 'no' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      {draft.identity === 'anonymous' && (
        <p className="note" data-testid="complaint-anonymous-note" {...speak()}>
          {t('complaint.identity.anonymous.warning')}
        </p>
      )}
      {draft.problem && (
        <p className="field-error" role="alert" {...speak()}>
          {t(
            draft.problem.kind === 'field'
              ? FIELD_ERROR_MESSAGES[draft.problem.code]
              : ERROR_MESSAGES[draft.problem.code],
          )}
        </p>
      )}
    </>
  );
}

function Done({ draft }: { draft: ComplaintDraft }) {
  const intl = useIntl();
  const receipt = draft.receipt;
  if (!receipt) return null;
  const verifyBy = new Date(`${receipt.verifyBy}T00:00:00Z`);
  return (
    <>
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'complaint.done.title' })}
      </h1>
      <TrackingCode trackingCode={receipt.trackingCode} qr={receipt.qr} title="complaint.done.code" />
      <p data-testid="complaint-verify-by" {...speak()}>
        {intl.formatMessage({ id: 'complaint.done.verifyBy' }, { when: verifyBy })}
      </p>
      <p {...speak()}>{intl.formatMessage({ id: 'complaint.done.stages' })}</p>
      {draft.identity === 'anonymous' && (
        <p className="note" {...speak()}>
          {intl.formatMessage({ id: 'complaint.identity.anonymous.warning' })}
        </p>
      )}
      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'survey.offerHint' })}
      </p>
    </>
  );
}
