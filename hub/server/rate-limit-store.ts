/**
 * Rate-limit counters in the database rather than in each process, so that N hub processes
 * behind a load balancer allow what one would, not N times as much.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Queryable } from '../store/store.ts';

/**
 * Counts this clock window's hits, plus the last window's weighted by how much of it still
 * lies within one window of now: a sliding window, so a burst either side of a window's turn
 * counts as one.
 */
const COUNT = `
WITH counted AS (
  INSERT INTO rate_limits AS r (key, window_start, hits)
  VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) * 1000 / $2::int) * $2::int / 1000.0), 1)
  ON CONFLICT (key, window_start) DO UPDATE SET hits = r.hits + 1
  RETURNING r.hits, r.window_start
)
SELECT c.hits + floor(coalesce(p.hits, 0) * (1 - extract(epoch FROM now() - c.window_start) * 1000 / $2::int))::int AS hits,
       (extract(epoch FROM c.window_start - now()) * 1000 + $2::int)::int AS ttl
FROM counted c
LEFT JOIN rate_limits p ON p.key = $1 AND p.window_start = c.window_start - make_interval(secs => $2::int / 1000.0)`;

export function databaseRateLimitStore(db: Queryable): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      db.query<{ hits: number; ttl: number }>(COUNT, [key, timeWindow]).then(
        ([row]) => callback(null, { current: row!.hits, ttl: Math.max(0, row!.ttl) }),
        (error: Error) => callback(error),
      );
    }
    child(): FastifyRateLimitStore {
      return new DatabaseStore();
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}

export async function forgetOldRateLimits(db: Queryable): Promise<void> {
  await db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 hour'`);
}
