import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IDLE_TIMES,
  idleLimitFor,
  idlePhase,
  idleTimesFrom,
  msUntilChange,
} from '../../../../renderer/idle/idle-times.ts';

describe('idle times', () => {
  it('defaults to 60 s on answer screens, 30 s on the result, and a 20 s warning', () => {
    expect(idleTimesFrom('')).toEqual({ answer: 60, result: 30, warning: 20 });
    expect(DEFAULT_IDLE_TIMES.warning).toBeGreaterThanOrEqual(20);
  });

  it('takes shorter times from the address, part by part', () => {
    expect(idleTimesFrom('?idle=answer:3,result:2,warning:5')).toEqual({ answer: 3, result: 2, warning: 5 });
    expect(idleTimesFrom('?idle=answer:90')).toEqual({ answer: 90, result: 30, warning: 20 });
  });

  it('keeps the default for a part that is missing, unknown or out of range', () => {
    expect(idleTimesFrom('?idle=answer:0,result:-1,warning:abc,other:5')).toEqual(DEFAULT_IDLE_TIMES);
    expect(idleTimesFrom('?idle=answer:99999,warning:2.5')).toEqual(DEFAULT_IDLE_TIMES);
  });

  it('is active until the limit, then counts the warning down in whole seconds, then expires', () => {
    expect(idlePhase(59_999, 60, 20)).toEqual({ kind: 'active' });
    expect(idlePhase(60_000, 60, 20)).toEqual({ kind: 'warning', secondsLeft: 20 });
    expect(idlePhase(60_001, 60, 20)).toEqual({ kind: 'warning', secondsLeft: 20 });
    expect(idlePhase(79_001, 60, 20)).toEqual({ kind: 'warning', secondsLeft: 1 });
    expect(idlePhase(80_000, 60, 20)).toEqual({ kind: 'expired' });
  });

  it('wakes the clock only when the phase or the countdown changes', () => {
    expect(msUntilChange(0, 60, 20)).toBe(60_000);
    expect(msUntilChange(45_000, 60, 20)).toBe(15_000);
    expect(msUntilChange(60_000, 60, 20)).toBe(1000);
    expect(msUntilChange(60_400, 60, 20)).toBe(600);
    expect(idlePhase(60_400 + 600, 60, 20)).toEqual({ kind: 'warning', secondsLeft: 19 });
    expect(msUntilChange(79_500, 60, 20)).toBe(500);
    expect(idlePhase(80_000, 60, 20)).toEqual({ kind: 'expired' });
  });

  it('expires without a warning when there is none to give', () => {
    expect(idlePhase(29_999, 30, 0)).toEqual({ kind: 'active' });
    expect(idlePhase(30_000, 30, 0)).toEqual({ kind: 'expired' });
  });

  it('times answer screens and the result, never a screen that waits for the kiosk', () => {
    const times = { answer: 60, result: 30, warning: 20 };
    for (const screen of ['language', 'services', 'standard', 'question', 'review', 'submitFailed']) {
      expect(idleLimitFor(screen, false, times), screen).toEqual({ limit: 60, warning: 20 });
    }
    expect(idleLimitFor('result', false, times)).toEqual({ limit: 30, warning: 20 });
    for (const screen of ['boot', 'unavailable', 'submitting']) {
      expect(idleLimitFor(screen, true, times), screen).toEqual({ limit: null, warning: 0 });
    }
  });

  it('clears choices a passer-by left on the attract screen, silently', () => {
    const times = { answer: 60, result: 30, warning: 20 };
    expect(idleLimitFor('attract', false, times)).toEqual({ limit: null, warning: 0 });
    expect(idleLimitFor('attract', true, times)).toEqual({ limit: 30, warning: 0 });
  });
});
