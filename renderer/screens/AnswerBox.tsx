import { useState, type RefObject } from 'react';
import { useIntl } from 'react-intl';
import type { Field } from '../../preload/contract';
import { Button } from '../ui/Button';

const NIK_GROUPS = [6, 6, 4];
const NIK_LENGTH = 16;

/** 327301 170885 0001: region, birth date, serial, as a NIK is read. The text stays the bare digits. */
function groupedNik(digits: string) {
  let start = 0;
  return NIK_GROUPS.map((size, i) => {
    const part = digits.slice(start, (start += size));
    return part === '' ? null : (
      <span className="nik-group" key={i}>
        {part}
      </span>
    );
  });
}

type Props = {
  field: Field;
  /** The answer as the citizen should see it (choices and dates already worded). */
  shown: string;
  /** The kiosk's checked display of an accepted answer (a NIK comes back masked), if unchanged since. */
  accepted: string | undefined;
  typed: boolean;
  hasError: boolean;
  boxRef: RefObject<HTMLDivElement | null>;
};

/**
 * The answer being given. A NIK shows in its three groups with a count of its digits; once
 * the kiosk has accepted it, coming back to it shows it masked, with a button to show it.
 * What the citizen typed is theirs: never read aloud (no speak()), never translated.
 */
export function AnswerBox({ field, shown, accepted, typed, hasError, boxRef }: Props) {
  const intl = useIntl();
  const [revealed, setRevealed] = useState<string | null>(null);
  const nik = field.datatype === 'nik';
  const masked = nik && accepted !== undefined && revealed !== field.code;
  return (
    <>
      <div className={`answer-box answer-box-${field.datatype} ${hasError ? 'has-error' : ''}`} ref={boxRef}>
        <span className="answer-value" data-testid="answer-value" translate={typed ? 'no' : undefined}>
          {masked ? accepted : nik ? groupedNik(shown) : shown}
        </span>
        {typed && !masked && <span className="caret" aria-hidden="true" />}
        {shown === '' && <span className="answer-placeholder">{intl.formatMessage({ id: 'question.empty' })}</span>}
      </div>
      {nik && (
        <p className="answer-count">
          <span data-testid="nik-count">
            {intl.formatMessage({ id: 'question.nikCount' }, { count: shown.length, total: NIK_LENGTH })}
          </span>
          {masked && (
            <Button variant="quiet" testId="nik-show" onClick={() => setRevealed(field.code)}>
              {intl.formatMessage({ id: 'question.showNik' })}
            </Button>
          )}
        </p>
      )}
    </>
  );
}
