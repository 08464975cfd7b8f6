import { useCallback, useLayoutEffect, useRef } from 'react';
import { Keyboard } from '../ui/Keyboard';
import { Keypad } from '../ui/Keypad';

/**
 * Typing on the on-screen keys (or a physical keyboard) into one value, up to `max`
 * characters. Keys can come faster than React renders, so the value is read through a ref.
 */
export function TypedInput({
  value,
  max,
  keypad,
  onChange,
  onEnter,
}: {
  value: string;
  max: number;
  keypad: boolean;
  onChange: (value: string) => void;
  onEnter: () => void;
}) {
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  const set = useCallback(
    (next: string) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );
  const type = useCallback(
    (char: string) => {
      if (latest.current.length < max) set(latest.current + char);
    },
    [max, set],
  );
  const backspace = useCallback(() => set(latest.current.slice(0, -1)), [set]);
  // From the commit that draws the step, not after its paint: a scanner types at once.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === 'Enter') {
        if (event.target instanceof HTMLButtonElement || event.repeat) return;
        onEnter();
      } else if (event.key === 'Backspace') backspace();
      else if (event.key.length === 1 && (!keypad || /^[\d+]$/.test(event.key))) type(event.key.toUpperCase());
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [type, backspace, onEnter, keypad]);
  return (
    <div className={`question-input question-input-${keypad ? 'keypad' : 'keyboard'}`}>
      {keypad ? (
        <Keypad onChar={type} onBackspace={backspace} decimal={false} />
      ) : (
        <Keyboard onChar={type} onBackspace={backspace} />
      )}
    </div>
  );
}
