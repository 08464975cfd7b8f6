import type { KioskMethods, MethodInput } from '../../preload/contract.ts';

/**
 * Sync never works while a citizen's submission is in progress: each of its steps waits
 * until no submission is running, so the submission's transaction and its wait for the
 * receipt have the main thread to themselves.
 */
export class SubmissionGate {
  private running = 0;
  private waiting: Array<() => void> = [];

  constructor(private readonly afterSubmission: () => void = () => {}) {}

  async during<T>(submission: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await submission();
    } finally {
      if (--this.running === 0) {
        for (const resume of this.waiting.splice(0)) resume();
        this.afterSubmission();
      }
    }
  }

  /** Resolves at once when no submission is running, otherwise when the last one ends. */
  clear(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resume) => this.waiting.push(resume));
  }
}

/** The API with requests.submit run through the gate. */
export function gateSubmissions<A extends Pick<KioskMethods, 'requests.submit'>>(api: A, gate: SubmissionGate): A {
  const submit = api['requests.submit'];
  return { ...api, 'requests.submit': (input: MethodInput<'requests.submit'>) => gate.during(() => submit(input)) };
}
