import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ElementCode, ProfileField } from '../../preload/contract';
import { COMPLAINT_SERVICE } from '../../sync/complaint-codes';
import { PROFILE } from '../../sync/skm-elements';
import { ERROR_MESSAGES, type MessageId } from '../i18n/messages';
import { BackButton, SessionScreen } from '../screens/SessionScreen';
import { Tile, perPage } from '../screens/ServicesScreen';
import type { ScreenProps } from '../screens/types';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Keyboard } from '../ui/Keyboard';
import { Pager, pageCount, pageOf } from '../ui/Pager';
import { Progress } from '../ui/Progress';
import { maySkip } from './survey-draft';
import { TypedInput } from './TypedStep';
import './voice.css';

/** Each element's question and its four official answers, worst to best, by code (never by position). */
const ELEMENTS: Record<ElementCode, [MessageId, MessageId, MessageId, MessageId, MessageId]> = {
  U1: ['survey.U1', 'survey.U1.1', 'survey.U1.2', 'survey.U1.3', 'survey.U1.4'],
  U2: ['survey.U2', 'survey.U2.1', 'survey.U2.2', 'survey.U2.3', 'survey.U2.4'],
  U3: ['survey.U3', 'survey.U3.1', 'survey.U3.2', 'survey.U3.3', 'survey.U3.4'],
  U4: ['survey.U4', 'survey.U4.1', 'survey.U4.2', 'survey.U4.3', 'survey.U4.4'],
  U5: ['survey.U5', 'survey.U5.1', 'survey.U5.2', 'survey.U5.3', 'survey.U5.4'],
  U6: ['survey.U6', 'survey.U6.1', 'survey.U6.2', 'survey.U6.3', 'survey.U6.4'],
  U7: ['survey.U7', 'survey.U7.1', 'survey.U7.2', 'survey.U7.3', 'survey.U7.4'],
  U8: ['survey.U8', 'survey.U8.1', 'survey.U8.2', 'survey.U8.3', 'survey.U8.4'],
  U9: ['survey.U9', 'survey.U9.1', 'survey.U9.2', 'survey.U9.3', 'survey.U9.4'],
};
const PROFILE_QUESTIONS: Record<ProfileField, MessageId> = {
  sex: 'survey.profile.sex',
  ageBand: 'survey.profile.ageBand',
  education: 'survey.profile.education',
  occupation: 'survey.profile.occupation',
};
const PROFILE_VALUES: Record<string, MessageId> = {
  male: 'survey.value.male',
  female: 'survey.value.female',
  under20: 'survey.value.under20',
  '20to29': 'survey.value.20to29',
  '30to39': 'survey.value.30to39',
  '40to49': 'survey.value.40to49',
  '50to59': 'survey.value.50to59',
  '60plus': 'survey.value.60plus',
  primary: 'survey.value.primary',
  juniorHigh: 'survey.value.juniorHigh',
  seniorHigh: 'survey.value.seniorHigh',
  diploma: 'survey.value.diploma',
  bachelor: 'survey.value.bachelor',
  postgraduate: 'survey.value.postgraduate',
  civilServant: 'survey.value.civilServant',
  military: 'survey.value.military',
  police: 'survey.value.police',
  privateSector: 'survey.value.privateSector',
  selfEmployed: 'survey.value.selfEmployed',
  other: 'survey.value.other',
};
const SCORES = [1, 2, 3, 4] as const;
const CODE_LENGTH = 12;
const SUGGESTION_MAX = 500;

/** A face from sad (1) to happy (4): the mouth bends with the score. */
function Face({ score }: { score: 1 | 2 | 3 | 4 }) {
  const bend = [-10, -4, 5, 11][score - 1]!;
  return (
    <svg className={`survey-face survey-face-${score}`} viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="17" cy="19" r="2.5" fill="currentColor" />
      <circle cx="31" cy="19" r="2.5" fill="currentColor" />
      <path
        d={`M14 32 Q24 ${32 + bend} 34 32`}
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** The satisfaction survey (SKM), one step of its draft per screen. */
export function SurveyScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const draft = snapshot.context.survey;
  const setCode = useCallback(
    (code: string) => {
      send({ type: 'S_CODE', code });
      if (code.length === CODE_LENGTH) send({ type: 'S_LOOKUP' });
    },
    [send],
  );
  const setSuggestion = useCallback((value: string) => send({ type: 'S_SUGGESTION', value }), [send]);
  const sendNow = useCallback(() => send({ type: 'S_NEXT' }), [send]);
  if (!draft) return null;
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { step } = draft;
  const stepKey = step.kind === 'element' ? step.code : step.kind === 'profile' ? step.field : step.kind;
  const frame = (body: React.ReactNode, footer: React.ReactNode) => (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId={`screen-survey-${stepKey}`}
      step={stepKey}
      className="survey"
      cancellable={step.kind !== 'thanks'}
      footer={footer}
    >
      {body}
    </SessionScreen>
  );
  const back = <BackButton send={send} />;

  switch (step.kind) {
    case 'code':
      return frame(
        <>
          <h1 tabIndex={-1} {...speak()}>
            {t('survey.code.title')}
          </h1>
          <p className="lead" {...speak()}>
            {t('survey.code.hint')}
          </p>
          <div className={`answer-box status-code ${draft.error ? 'has-error' : ''}`}>
            <span className="answer-value" data-testid="survey-code" translate="no">
              {draft.code.match(/.{1,4}/g)?.join('-') ?? ''}
            </span>
            <span className="caret" aria-hidden="true" />
          </div>
          {draft.error && (
            <p className="field-error" role="alert" data-testid="survey-error" {...speak()}>
              {t(ERROR_MESSAGES[draft.error])}
            </p>
          )}
          <div className="search-keyboard">
            <Keyboard
              onChar={(char) => {
                const next = (draft.code + char).replace(/[^A-Z0-9]/g, '');
                if (next.length <= CODE_LENGTH) setCode(next);
              }}
              onBackspace={() => setCode(draft.code.slice(0, -1))}
            />
          </div>
        </>,
        <>
          {back}
          <Button variant="primary" testId="survey-without-code" onClick={() => send({ type: 'S_WITHOUT_CODE' })}>
            {t('survey.code.without')}
          </Button>
        </>,
      );
    case 'service':
      return frame(
        <ServiceChoice snapshot={snapshot} send={send} />,
        <>
          {back}
          <Button
            variant="quiet"
            testId="survey-service-skip"
            onClick={() => send({ type: 'S_SERVICE', serviceCode: null })}
          >
            {t('survey.service.skip')}
          </Button>
        </>,
      );
    case 'element': {
      const [question, ...answers] = ELEMENTS[step.code];
      const index = Number(step.code.slice(1));
      return frame(
        <>
          <Progress current={index} total={9} />
          <h1 tabIndex={-1} data-testid="survey-question" {...speak()}>
            {t(question)}
          </h1>
          <div className="survey-answers" role="group">
            {SCORES.map((score) => (
              <button
                key={score}
                type="button"
                className={`btn survey-answer ${draft.scores[step.code] === score ? 'is-selected' : ''}`}
                data-testid={`survey-score-${score}`}
                onClick={() => send({ type: 'S_SCORE', element: step.code, score })}
              >
                <Face score={score} />
                <span {...speak()}>{t(answers[score - 1]!)}</span>
              </button>
            ))}
          </div>
        </>,
        <>
          {back}
          {maySkip(draft, step.code) && (
            <Button
              variant="quiet"
              testId="survey-skip"
              onClick={() => send({ type: 'S_SCORE', element: step.code, score: null })}
            >
              {t('survey.skipFree')}
            </Button>
          )}
        </>,
      );
    }
    case 'profile':
      return frame(
        <>
          <h1 tabIndex={-1} {...speak()}>
            {t(PROFILE_QUESTIONS[step.field])}
          </h1>
          <p className="lead" {...speak()}>
            {t('survey.profile.why')}
          </p>
          <div className="choices choices-single" role="group">
            {PROFILE[step.field].map((value) => (
              <button
                key={value}
                type="button"
                className="btn choice"
                data-testid={`survey-profile-${value}`}
                onClick={() => send({ type: 'S_PROFILE', field: step.field, value })}
              >
                <span {...speak()}>{t(PROFILE_VALUES[value]!)}</span>
              </button>
            ))}
          </div>
        </>,
        <>
          {back}
          <Button
            variant="quiet"
            testId="survey-profile-skip"
            onClick={() => send({ type: 'S_PROFILE', field: step.field, value: null })}
          >
            {t('survey.profile.skip')}
          </Button>
        </>,
      );
    case 'suggestion':
      return frame(
        <>
          <h1 tabIndex={-1} {...speak()}>
            {t('survey.suggestion.title')}
          </h1>
          <p className="question-hint">
            <span {...speak()}>{t('survey.suggestion.hint')}</span>
          </p>
          <div className="answer-box">
            <span className="answer-value" data-testid="answer-value" translate="no">
              {draft.suggestion}
            </span>
            <span className="caret" aria-hidden="true" />
          </div>
          <p className="answer-count" data-testid="survey-count">
            {t('complaint.text.count', { count: draft.suggestion.length, max: SUGGESTION_MAX })}
          </p>
          <TypedInput
            value={draft.suggestion}
            max={SUGGESTION_MAX}
            keypad={false}
            onChange={setSuggestion}
            onEnter={sendNow}
          />
        </>,
        <>
          {back}
          <Button variant="primary" testId="survey-send" onClick={sendNow}>
            {t('survey.send')}
          </Button>
        </>,
      );
    default:
      return frame(
        <>
          <h1 tabIndex={-1} data-testid="survey-thanks" {...speak()}>
            {t(step.kind === 'sending' ? 'survey.sending' : 'survey.thanks')}
          </h1>
          {draft.error && (
            <p className="field-error" role="alert" {...speak()}>
              {t(ERROR_MESSAGES[draft.error])}
            </p>
          )}
        </>,
        step.kind === 'thanks' && (
          <Button variant="primary" testId="finish" onClick={() => send({ type: 'FINISH' })}>
            {t('result.finish')}
          </Button>
        ),
      );
  }
}

/**
 * Which service a survey without a code is about, so that it counts for that service as
 * well as for the kiosk: the complaints desk and every service, page by page as on the
 * services screen.
 */
function ServiceChoice({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const [page, setPage] = useState(0);
  const { catalog, language, largeText } = snapshot.context;
  const tiles = [
    ...(catalog?.complaints
      ? [
          {
            code: COMPLAINT_SERVICE,
            pictogram: 'megaphone',
            name: intl.formatMessage({ id: 'survey.service.complaints' }),
          },
        ]
      : []),
    ...(catalog?.services ?? []).map((s) => ({
      code: s.service_code,
      pictogram: s.pictogram,
      name: s.service_name[language],
    })),
  ];
  const size = perPage(largeText);
  return (
    <>
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'survey.service.title' })}
      </h1>
      <p className="lead" {...speak()}>
        {intl.formatMessage({ id: 'survey.service.hint' })}
      </p>
      <div className="tiles">
        {pageOf(tiles, page, size).map((tile) => (
          <Tile
            key={tile.code}
            testId={`survey-service-${tile.code}`}
            pictogram={tile.pictogram}
            name={tile.name}
            onTap={() => send({ type: 'S_SERVICE', serviceCode: tile.code })}
          />
        ))}
      </div>
      <Pager page={page} pages={pageCount(tiles.length, size)} onPage={setPage} />
    </>
  );
}
