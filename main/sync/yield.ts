import { setImmediate as afterIo } from 'node:timers/promises';

/** Lets waiting I/O (a tap's API call, a printer's answer) run before sync's next step. */
export const yieldToOthers = (): Promise<void> => afterIo();
