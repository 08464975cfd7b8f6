/**
 * A form that shows what is missing only after a first try to send it, and says the hub's
 * refusal: `submit` checks `problems`, then runs `send` and keeps its error.
 */
import { useState, type FormEvent } from 'react';
import { useAction } from './use-action';

export function useCheckedForm() {
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useAction();
  const submit = (hasProblems: boolean, send: () => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!hasProblems) await run(send);
  };
  return { checked, error, busy, submit };
}
