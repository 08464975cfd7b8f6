import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { AnswerValue, Field, Language } from '../../preload/contract';
import { answerFor, currentField, currentService, type Problem } from '../flow/session';
import { formatDateAnswer } from '../i18n/format';
import { ERROR_MESSAGES, FIELD_ERROR_MESSAGES, type MessageId } from '../i18n/messages';
import { useSessionControls } from '../session/SessionControls';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { ChoiceList } from '../ui/ChoiceList';
import { DatePicker } from '../ui/DatePicker';
import { Keyboard } from '../ui/Keyboard';
import { Keypad } from '../ui/Keypad';
import { Progress } from '../ui/Progress';
import { BackButton, SessionScreen } from './SessionScreen';
import { ConsentQuestion } from './ConsentQuestion';
import { AnswerBox } from './AnswerBox';
import type { ScreenProps } from './types';

type InputKind = 'keyboard' | 'keypad' | 'date' | 'choice';

const INPUT_OF: Record<Field['datatype'], InputKind> = {
  string: 'keyboard',
  text: 'keyboard',
  number: 'keypad',
  nik: 'keypad',
  phone: 'keypad',
  date: 'date',
  datetime: 'date',
  singlevaluelist: 'choice',
  multivaluelist: 'choice',
};

/** Typing stops at the length the server would accept anyway (validate-answer.ts defaults). */
function maxLengthOf(field: Field): number {
  switch (field.datatype) {
    case 'nik':
      return 16;
    case 'phone':
      return 16;
    case 'number':
      return 15;
    case 'string':
      return field.maxLength ?? 200;
    default:
      return field.maxLength ?? 4000;
  }
}

/** Which typed characters a physical keyboard may add for this kind of field. */
function acceptsKey(field: Field, key: string): boolean {
  if (field.datatype === 'nik') return /^\d$/.test(key);
  if (field.datatype === 'phone') return /^[\d+]$/.test(key);
  if (field.datatype === 'number') return field.decimals ? /^[\d,]$/.test(key) : /^\d$/.test(key);
  return key.length === 1;
}

/** The answer as the citizen should see it while answering. */
function shownValue(field: Field, value: AnswerValue, language: Language, intl: IntlShape): string {
  if (field.datatype === 'singlevaluelist' || field.datatype === 'multivaluelist') {
    const keys = Array.isArray(value) ? value : value ? [value] : [];
    return keys.map((k) => field.values?.find((v) => v.key === k)?.name[language] ?? k).join(', ');
  }
  const text = Array.isArray(value) ? value.join(', ') : value;
  return field.datatype === 'date' || field.datatype === 'datetime' ? formatDateAnswer(intl, text) : text;
}

/** An empty required answer is asked for in the words of its input: type, choose, or pick a date. */
const REQUIRED_MESSAGES: Partial<Record<InputKind, MessageId>> = {
  choice: 'fieldError.requiredChoice',
  date: 'fieldError.requiredDate',
};

function problemMessage(intl: IntlShape, problem: Problem, value: AnswerValue, input: InputKind): string {
  const id =
    problem.kind === 'system'
      ? ERROR_MESSAGES[problem.code]
      : problem.code === 'required'
        ? (REQUIRED_MESSAGES[input] ?? FIELD_ERROR_MESSAGES.required)
        : FIELD_ERROR_MESSAGES[problem.code];
  const count = Array.isArray(value) ? value.length : value.replace(/\s/g, '').length;
  return intl.formatMessage({ id }, { count });
}

/** Shows "checking" only when the check is slow enough to notice, so fast answers do not flicker. */
function useSlowFlag(flag: boolean, delayMs = 400): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!flag) return setSlow(false);
    const timer = setTimeout(() => setSlow(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return slow;
}

/**
 * Next, busy while the kiosk checks the answer. It follows the machine's checking state
 * itself: the screen is not redrawn for it (showsSameScreen), so a tap on Next costs one button.
 */
function NextButton({ onNext }: { onNext: () => void }) {
  const intl = useIntl();
  const checking = useSelector(useSessionControls().actor, (s) => s.matches({ question: 'checking' }));
  const slow = useSlowFlag(checking);
  return (
    <Button variant="primary" testId="next" onClick={onNext} aria-busy={checking}>
      {intl.formatMessage({ id: slow ? 'question.checking' : 'nav.next' })}
    </Button>
  );
}

export function QuestionScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { context } = snapshot;
  const { language, index, problem, editing } = context;
  const service = currentService(context);
  const field = currentField(context);
  const value = field ? answerFor(context, field.code) : '';
  const input = field ? INPUT_OF[field.datatype] : 'keyboard';
  const text = Array.isArray(value) ? '' : value;
  const box = useRef<HTMLDivElement>(null);

  // A long answer scrolls so that the end, where typing happens, stays in view. Only the
  // long-text box scrolls; reading scrollHeight forces a layout, not worth paying per key elsewhere.
  const scrolls = field?.datatype === 'text';
  useEffect(() => {
    if (scrolls && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [text, scrolls]);

  // Keys can come faster than React re-renders (a scanner types a whole code at once), so
  // typing reads the answer through a ref refreshed on every commit and moved on by each key,
  // not through a closure from an older render. The handlers are therefore the same on every
  // render, and the on-screen keys are not redrawn for each character.
  const latest = useRef({ field, input, text });
  useLayoutEffect(() => {
    latest.current = { field, input, text };
  });
  const answer = useCallback((next: AnswerValue) => send({ type: 'ANSWER', value: next }), [send]);
  const setText = useCallback(
    (next: string) => {
      latest.current = { ...latest.current, text: next };
      answer(next);
    },
    [answer],
  );
  const type = useCallback(
    (char: string) => {
      const { field, text } = latest.current;
      if (field && text.length < maxLengthOf(field)) setText(text + char);
    },
    [setText],
  );
  const backspace = useCallback(() => setText(latest.current.text.slice(0, -1)), [setText]);
  const choose = useCallback(
    (keys: string[]) => answer(latest.current.field?.datatype === 'multivaluelist' ? keys : (keys[0] ?? '')),
    [answer],
  );
  const selected = useMemo(() => (Array.isArray(value) ? value : value ? [value] : []), [value]);
  const next = useCallback(() => send({ type: 'NEXT' }), [send]);

  // A physical keyboard works too, next to the on-screen keys. Listening from the commit that
  // draws the question, not after the paint that follows: a scanner types at once.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { field, input } = latest.current;
      if (!field || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === 'Enter') {
        // On a focused button, Enter already presses that button.
        if (event.target instanceof HTMLButtonElement || event.repeat) return;
        event.preventDefault();
        send({ type: 'NEXT' });
        return;
      }
      if (input !== 'keyboard' && input !== 'keypad') return;
      if (event.key === 'Backspace') backspace();
      else if (event.key.length === 1 && acceptsKey(field, event.key)) {
        type(input === 'keyboard' ? event.key.toUpperCase() : event.key === '.' ? ',' : event.key);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send, type, backspace]);

  if (!service || !field) return null;
  // Asked until the citizen says yes: after a no, coming back asks again, as the answer box
  // alone would take a number that main refuses for want of that yes.
  if (field.consent && context.consents[field.code] !== true) {
    return <ConsentQuestion snapshot={snapshot} send={send} field={field} />;
  }
  const shown = shownValue(field, value, language, intl);
  const multiple = field.datatype === 'multivaluelist';
  const typed = input === 'keyboard' || input === 'keypad';

  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-question"
      step={field.code}
      className={`question question-${input}`}
      footer={
        <>
          <BackButton send={send} />
          {field.consent && (
            <Button variant="quiet" testId="consent-withdraw" onClick={() => send({ type: 'CONSENT', given: false })}>
              {intl.formatMessage({ id: 'question.changeMind' })}
            </Button>
          )}
          <NextButton onNext={next} />
        </>
      }
    >
      {editing ? (
        <p className="progress-text" data-testid="progress" {...speak()}>
          {intl.formatMessage({ id: 'question.changingOne' })}
        </p>
      ) : (
        <Progress current={index + 1} total={service.fields.length} />
      )}
      <h1 tabIndex={-1} data-testid="question-title" key={field.code} {...speak()}>
        {field.description[language]}
      </h1>
      <p className="question-hint">
        <span className={`badge ${field.required ? 'badge-required' : 'badge-optional'}`} {...speak()}>
          {intl.formatMessage({ id: field.required ? 'question.required' : 'question.optional' })}
        </span>
        {field.datatype_description && <span {...speak()}>{field.datatype_description[language]}</span>}
        {input === 'choice' && (
          <span {...speak()}>
            {intl.formatMessage({ id: multiple ? 'question.chooseMany' : 'question.chooseOne' })}
          </span>
        )}
      </p>
      {/* Choices show themselves pressed: no box above them. */}
      {input !== 'choice' && (
        <AnswerBox
          field={field}
          shown={shown}
          accepted={context.displays[field.code]}
          typed={typed}
          hasError={problem !== null}
          boxRef={box}
        />
      )}
      {problem && (
        <p className="field-error" role="alert" data-testid="field-error" {...speak()}>
          <svg className="field-error-icon" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="11" fill="currentColor" />
            <path className="icon-mark" d="M12 6v8M12 17.5v.5" strokeWidth="2.6" strokeLinecap="round" />
          </svg>
          {problemMessage(intl, problem, value, input)}
        </p>
      )}
      {editing && (
        <p className="note" {...speak()}>
          {intl.formatMessage({ id: 'question.editing' })}
        </p>
      )}
      <div className={`question-input question-input-${input}`}>
        {input === 'keyboard' && <Keyboard onChar={type} onBackspace={backspace} />}
        {input === 'keypad' && (
          <Keypad
            onChar={type}
            onBackspace={backspace}
            decimal={field.datatype === 'number' && field.decimals === true}
          />
        )}
        {input === 'date' && (
          <DatePicker key={field.code} value={text} withTime={field.datatype === 'datetime'} onChange={answer} />
        )}
        {input === 'choice' && (
          <ChoiceList
            choices={field.values ?? []}
            multiple={multiple}
            language={language}
            selected={selected}
            onChange={choose}
          />
        )}
      </div>
    </SessionScreen>
  );
}
