/**
 * The hub's rate-limit counts, kept in the database for every hub process: a sliding window,
 * so hits just before a window turned still count just after it.
 */
import { describe, expect, it } from 'vitest';
import { databaseRateLimitStore } from '../../../../hub/server/rate-limit-store.ts';
import { STORE_KINDS, testDatabase } from '../harness/test-database.ts';

/** An hour: windows start on the clock's hour, so none turns during the test but in its last seconds. */
const WINDOW_MS = 3_600_000;

describe.each(STORE_KINDS)('rate-limit counts on %s', (kind) => {
  it('count this window and the share of the last one still within a window of now', async () => {
    const db = await testDatabase(kind, 'rate_counts');
    try {
      type Counted = { current: number; ttl: number };
      type Incr = (key: string, done: (error: Error | null, result?: Counted) => void, windowMs: number) => void;
      const store = new (databaseRateLimitStore(db.store) as unknown as new () => { incr: Incr })();
      const incr = (key: string) =>
        new Promise<Counted>((resolve, reject) =>
          store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), WINDOW_MS),
        );
      const first = await incr('sign-in:10.0.0.1');
      expect(first.current).toBe(1);
      expect(first.ttl).toBeGreaterThan(0);
      expect(first.ttl).toBeLessThanOrEqual(WINDOW_MS);
      expect((await incr('sign-in:10.0.0.1')).current).toBe(2);
      expect((await incr('sign-in:10.0.0.2')).current).toBe(1);

      // A thousand hits in the window before this one: the share of it not yet a window ago still counts.
      await db.store.query(
        `INSERT INTO rate_limits (key, window_start, hits)
         SELECT 'enrol:10.0.0.3', window_start - interval '1 hour', 1000 FROM rate_limits WHERE key = 'sign-in:10.0.0.1'`,
      );
      const elapsed = async () =>
        (
          await db.store.query<{ ms: number }>(
            `SELECT (extract(epoch FROM now() - window_start) * 1000)::float8 AS ms FROM rate_limits WHERE key = 'sign-in:10.0.0.1'`,
          )
        )[0]!.ms;
      const before = await elapsed();
      const carried = (await incr('enrol:10.0.0.3')).current - 1;
      const after = await elapsed();
      expect(carried).toBeLessThanOrEqual(Math.floor(1000 * (1 - before / WINDOW_MS)));
      expect(carried).toBeGreaterThanOrEqual(Math.floor(1000 * (1 - after / WINDOW_MS)));
    } finally {
      await db.close();
    }
  });
});
