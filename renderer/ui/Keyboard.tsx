import { memo } from 'react';
import { useIntl } from 'react-intl';

/** A key that types a character; the test id names it by what it types. */
type CharKey = { char: string; id: string };

const letters = (row: string): CharKey[] => [...row].map((c) => ({ char: c, id: c }));

const ROWS: CharKey[][] = [
  letters('1234567890'),
  letters('QWERTYUIOP'),
  letters('ASDFGHJKL'),
  [...letters('ZXCVBNM'), { char: ',', id: 'comma' }, { char: '.', id: 'period' }, { char: '-', id: 'hyphen' }],
];

type Props = {
  onChar: (char: string) => void;
  onBackspace: () => void;
  disabled?: boolean;
};

/**
 * The on-screen keyboard for short and long text. Capitals only: names and addresses on
 * Indonesian documents are written in capitals, and one case means no shift key to find.
 */
export const Keyboard = memo(function Keyboard({ onChar, onBackspace, disabled }: Props) {
  const intl = useIntl();
  const charKey = (key: CharKey, className = 'key') => (
    <button
      key={key.id}
      type="button"
      className={className}
      data-testid={`key-${key.id}`}
      disabled={disabled}
      onClick={() => onChar(key.char)}
      translate={key.id === 'space' ? undefined : 'no'}
    >
      {key.id === 'space' ? intl.formatMessage({ id: 'keyboard.space' }) : key.char}
    </button>
  );
  return (
    <div className="keyboard" role="group" aria-label={intl.formatMessage({ id: 'keyboard.label' })}>
      {ROWS.map((row, i) => (
        <div className="keyboard-row" key={i}>
          {row.map((key) => charKey(key))}
        </div>
      ))}
      <div className="keyboard-row">
        {charKey({ char: '/', id: 'slash' })}
        {/* For names such as MA'RUF and JUM'AT. */}
        {charKey({ char: "'", id: 'apostrophe' })}
        {charKey({ char: ' ', id: 'space' }, 'key key-space')}
        <BackspaceKey className="key key-backspace" disabled={disabled} onBackspace={onBackspace} showWord />
      </div>
    </div>
  );
});

/**
 * The backspace key of the keyboard and of the keypad. The keypad's key has no room for
 * the word, so there the word is only the key's accessible name.
 */
export function BackspaceKey(props: {
  className: string;
  disabled: boolean | undefined;
  onBackspace: () => void;
  showWord?: boolean;
}) {
  const word = useIntl().formatMessage({ id: 'keyboard.backspace' });
  return (
    <button
      type="button"
      className={props.className}
      data-testid="key-backspace"
      disabled={props.disabled}
      onClick={props.onBackspace}
      aria-label={props.showWord ? undefined : word}
    >
      <BackspaceIcon />
      {props.showWord && word}
    </button>
  );
}

function BackspaceIcon() {
  return (
    <svg className="key-icon" viewBox="0 0 48 32" aria-hidden="true">
      <path
        d="M16 2h28a2 2 0 0 1 2 2v24a2 2 0 0 1-2 2H16L2 16z"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinejoin="round"
      />
      <path d="M24 10l12 12M36 10L24 22" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
