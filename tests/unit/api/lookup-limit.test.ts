import { describe, expect, it } from 'vitest';
import { LookupLimit } from '../../../main/api/lookup-limit.ts';

describe('the status lookup limit', () => {
  it('allows a number of lookups in any sliding minute, and more once the minute has passed', () => {
    let now = Date.parse('2026-11-29T10:00:00Z');
    const limit = new LookupLimit(3, () => new Date(now));
    expect([limit.allow(), limit.allow(), limit.allow(), limit.allow()]).toEqual([true, true, true, false]);
    now += 59_000;
    expect(limit.allow()).toBe(false);
    now += 1_000;
    expect(limit.allow()).toBe(true);
  });
});
