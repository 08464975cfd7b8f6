import { DEFAULT_IDLE_TIMES, type IdleTimes } from '../../preload/idle-defaults';

export { DEFAULT_IDLE_TIMES, type IdleTimes };

const LIMITS: Record<keyof IdleTimes, [number, number]> = {
  answer: [1, 3600],
  result: [1, 3600],
  warning: [1, 600],
};

/**
 * The times from the page address, `?idle=answer:60,result:30,warning:20` in seconds, so a
 * test or a demo can shorten them without a separate build. The kiosk's own window opens
 * the page without it; any part that is missing or out of range keeps the kiosk's own
 * (`base`: what the operator set, or the defaults).
 */
export function idleTimesFrom(search: string, base: IdleTimes = DEFAULT_IDLE_TIMES): IdleTimes {
  const times = { ...base };
  const spec = new URLSearchParams(search).get('idle') ?? '';
  for (const part of spec.split(',')) {
    const [name, value] = part.split(':');
    const limits = LIMITS[name as keyof IdleTimes];
    const seconds = Number(value);
    if (limits && Number.isInteger(seconds) && seconds >= limits[0] && seconds <= limits[1]) {
      times[name as keyof IdleTimes] = seconds;
    }
  }
  return times;
}

export type IdlePhase = { kind: 'active' } | { kind: 'warning'; secondsLeft: number } | { kind: 'expired' };

/** Where a screen stands after `idleMs` without a touch: still in use, counting down, or over. */
export function idlePhase(idleMs: number, limitSeconds: number, warningSeconds: number): IdlePhase {
  const left = (limitSeconds + warningSeconds) * 1000 - idleMs;
  if (left <= 0) return { kind: 'expired' };
  if (idleMs < limitSeconds * 1000) return { kind: 'active' };
  return { kind: 'warning', secondsLeft: Math.ceil(left / 1000) };
}

/** Milliseconds until idlePhase next gives something else: the warning, or the next second of it. */
export function msUntilChange(idleMs: number, limitSeconds: number, warningSeconds: number): number {
  if (idleMs < limitSeconds * 1000) return limitSeconds * 1000 - idleMs;
  const left = (limitSeconds + warningSeconds) * 1000 - idleMs;
  return Math.max(0, left - Math.floor((left - 1) / 1000) * 1000);
}

/** Screens that wait for the kiosk, not the citizen: they never time out. */
const WAITING = new Set(['boot', 'unavailable', 'submitting']);

/**
 * The clock for a screen (a top-level state of the session machine). The attract screen
 * has nothing to warn about, but what a passer-by left behind there (display or speech
 * choices, a staff notice) is cleared silently after the result screen's time.
 */
export function idleLimitFor(
  screen: string,
  leftBehind: boolean,
  times: IdleTimes,
): { limit: number | null; warning: number } {
  if (WAITING.has(screen)) return { limit: null, warning: 0 };
  if (screen === 'attract') return { limit: leftBehind ? times.result : null, warning: 0 };
  return { limit: screen === 'result' ? times.result : times.answer, warning: times.warning };
}
