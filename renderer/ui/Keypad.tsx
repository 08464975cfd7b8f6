import { memo } from 'react';
import { useIntl } from 'react-intl';
import { BackspaceKey } from './Keyboard';

type Props = {
  onChar: (char: string) => void;
  onBackspace: () => void;
  /** A decimal comma for numbers; NIK and phone numbers are digits only. */
  decimal?: boolean;
  /** A point instead, for an address such as 192.168.1.50 (the operator's printer). */
  point?: boolean;
  disabled?: boolean;
};

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A telephone-style keypad with large keys for NIK, phone numbers and amounts. */
export const Keypad = memo(function Keypad({ onChar, onBackspace, decimal, point, disabled }: Props) {
  const intl = useIntl();
  const key = (id: string, char: string) => (
    <button
      key={id}
      type="button"
      className="key keypad-key"
      data-testid={`key-${id}`}
      disabled={disabled}
      onClick={() => onChar(char)}
    >
      {char}
    </button>
  );
  return (
    <div className="keypad" role="group" aria-label={intl.formatMessage({ id: 'keyboard.label' })}>
      {DIGITS.map((d) => key(d, d))}
      {decimal ? key('comma', ',') : point ? key('period', '.') : <span className="keypad-gap" aria-hidden="true" />}
      {key('0', '0')}
      <BackspaceKey className="key keypad-key key-backspace" disabled={disabled} onBackspace={onBackspace} />
    </div>
  );
});
