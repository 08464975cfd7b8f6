/**
 * Answers checked while the citizen is still on the question, so that Next finds the
 * verdict waiting instead of asking main and waiting for the answer. A person takes far
 * longer between their last key and Next than a check takes, so Next moves on at once.
 *
 * At most one check is in flight: while it runs, only the newest answer waits to be sent
 * after it, so typing sixteen digits asks main a few times, not sixteen. A verdict is used
 * only for exactly the same input (service, field, value, consent); a check that failed is
 * asked again on Next. Nothing is shown from a check made ahead: a refused answer appears
 * only when the citizen taps Next, as before. Submitting checks every answer again in main.
 *
 * A check made ahead is sent after the frame that draws what the tap changed (the key's
 * character, the question that opened), not in the tap's own task: it is not what the person
 * is waiting to see, and a request to main costs the page's main thread about 4 ms at six
 * times slower (traced in `npm run bench`'s taps), which that frame would wait for.
 */
export interface AheadChecks<Input, Verdict> {
  /** The citizen changed the answer: check it in the background. */
  ahead(input: Input): void;
  /** The citizen tapped Next: the verdict made ahead for this input, or a new check. */
  check(input: Input): Promise<Verdict>;
  /** The citizen has gone: keep nothing of their answers. */
  forget(): void;
}

export function aheadChecks<Input, Verdict>(
  ask: (input: Input) => Promise<Verdict>,
  later: (run: () => void) => void = afterNextFrame,
): AheadChecks<Input, Verdict> {
  let latest: { key: string; verdict: Promise<Verdict> } | null = null;
  let waiting: Input | null = null;
  let inFlight = false;
  /** The newest answer typed since the last frame, not yet handed to sendAhead. */
  let typed: Input | null = null;

  const send = (input: Input, key: string): Promise<Verdict> => {
    const verdict = ask(input);
    const entry = { key, verdict };
    latest = entry;
    inFlight = true;
    const settled = () => {
      inFlight = false;
      const next = waiting;
      waiting = null;
      if (next !== null) sendAhead(next);
    };
    verdict.then(settled, () => {
      // A failed check is not a verdict: Next asks again rather than showing the failure.
      if (latest === entry) latest = null;
      settled();
    });
    return verdict;
  };

  const sendAhead = (input: Input) => {
    const key = JSON.stringify(input);
    // Back to the answer last sent (a letter typed and taken back): the one between is not checked.
    if (latest?.key === key) waiting = null;
    else if (inFlight) waiting = input;
    else void send(input, key).catch(() => {});
  };

  return {
    ahead(input) {
      const first = typed === null;
      typed = input;
      if (!first) return;
      later(() => {
        const input = typed;
        typed = null;
        if (input !== null) sendAhead(input);
      });
    },
    check(input) {
      const key = JSON.stringify(input);
      typed = null;
      waiting = null;
      if (latest?.key !== key) return send(input, key);
      // Made ahead and perhaps still on its way; should it fail, Next asks once more itself.
      return latest.verdict.catch(() => send(input, key));
    },
    forget() {
      typed = null;
      latest = null;
      waiting = null;
    },
  };
}

/** After the next frame is drawn; outside a page, where nothing is drawn (unit tests), on the next timer. */
function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run));
  else setTimeout(run);
}
