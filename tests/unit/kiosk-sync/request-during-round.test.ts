/**
 * A citizen who files while a sync round is past sending its events (the kiosk is reading
 * the feed or reporting its health) must not wait for the next scheduled round, an hour
 * away on a quiet kiosk: another round follows at once.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { openDataFolder, trackingCodes } from '../../../main/open-kiosk.ts';
import { backlog } from '../../../main/store/sync-repo.ts';
import { loadIdentity } from '../../../main/sync/identity.ts';
import { bareEngine } from './harness/bare-engine.ts';
import { useHubWithKiosks } from './harness/kiosk-at-hub.ts';
import { fileMonthOfRequests } from './harness/month-of-requests.ts';

describe('a request filed while a sync round runs', () => {
  const run = useHubWithKiosks('pglite', 'during_round');

  it('is sent by a round that follows at once, not at the next scheduled one', { timeout: 60_000 }, async () => {
    const { kiosk, config } = await run.enrolled();
    await kiosk.close();
    const { db, lock } = await openDataFolder(config);
    const month = { codes: trackingCodes(db, loadIdentity(db)!.prefix), name: 'Kios Uji', timeZone: 'Asia/Jakarta' };
    let filed = 0;
    const engine = bareEngine(db, config.dataDir, run.hub.url, {
      timing: { soonMs: 10, syncSeconds: 3600 },
      // The heartbeat asks for the devices after the events went out: a citizen files just then.
      devices: async () => {
        if (filed === 0) {
          fileMonthOfRequests(db, loadCatalog(), month, 1, new Date());
          filed++;
          engine.soon();
        }
        return null;
      },
    });
    try {
      await engine.runRound();
      expect(filed, 'a request was filed during the round').toBe(1);
      expect(backlog(db), 'the request was filed after the events went out').toBeGreaterThan(0);
      const until = Date.now() + 20_000;
      while (backlog(db) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(backlog(db), 'events left unsent until the next scheduled round').toBe(0);
    } finally {
      await engine.stop();
      db.close();
      lock.release();
    }
  });
});
