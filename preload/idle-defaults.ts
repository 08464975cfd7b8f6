/**
 * Seconds of no touch before the citizen is warned, per kind of screen, and how long the
 * warning counts down, unless an operator sets others in the console. Plain values, so the
 * renderer takes them without the contract's schemas.
 */
export type IdleTimes = { answer: number; result: number; warning: number };

/** WCAG 2.2.1: at least 20 seconds to ask for more time with one tap. */
export const DEFAULT_IDLE_TIMES: IdleTimes = { answer: 60, result: 30, warning: 20 };
