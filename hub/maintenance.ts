/**
 * Housekeeping every hub process does once a minute: forget nonces too old to replay,
 * ended sessions and old rate-limit windows. Deleting twice is harmless, so processes
 * need not agree on who does it.
 */
import type { FastifyBaseLogger } from 'fastify';
import { forgetOldRateLimits } from './server/rate-limit-store.ts';
import type { Store } from './store/store.ts';
import { forgetOldNonces } from './sync/signed-call.ts';

export function startMaintenance(store: Store, log: FastifyBaseLogger): () => void {
  const run = async () => {
    try {
      await forgetOldNonces(store);
      await forgetOldRateLimits(store);
      await store.query('DELETE FROM sessions WHERE expires_at < now()');
    } catch (error) {
      log.warn({ err: { message: (error as Error).message } }, 'housekeeping failed; it runs again in a minute');
    }
  };
  const timer = setInterval(run, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
