/**
 * A form that shows what is missing only after a first try to send it, and says the hub's
 * refusal: `submit` checks `problems`, then runs `send` and keeps its error.
 */
import { useState, type FormEvent } from 'react';

export function useCheckedForm() {
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = (hasProblems: boolean, send: () => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (hasProblems) return;
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { checked, error, busy, submit };
}
