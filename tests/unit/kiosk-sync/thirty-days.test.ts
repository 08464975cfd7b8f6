/**
 * Thirty days offline: a kiosk holding 15,000 requests syncs in one go through a line of
 * 64 kbit/s each way that also cuts the connection now and then. It completes, the hub holds
 * every event once, and no batch the hub acknowledged to the kiosk is ever sent again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import type { KioskConfig } from '../../../main/config.ts';
import { openDataFolder, trackingCodes } from '../../../main/open-kiosk.ts';
import type { DataFolderLock } from '../../../main/store/data-folder-lock.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { backlog, lastSeq } from '../../../main/store/sync-repo.ts';
import { loadIdentity } from '../../../main/sync/identity.ts';
import { startTestHub, type TestHub } from '../hub/harness/test-hub.ts';
import { bareEngine } from './harness/bare-engine.ts';
import { kioskAt } from './harness/kiosk-at-hub.ts';
import { fileMonthOfRequests } from './harness/month-of-requests.ts';
import { seeded } from './harness/seeded.ts';
import { startSlowLink, type SlowLink } from './harness/slow-link.ts';

const REQUESTS = 15_000;
/** 64 kbit/s. */
const BYTES_PER_SECOND = 8000;
/** On average the line breaks after this much has crossed it on one connection. */
const MEAN_BYTES_BETWEEN_CUTS = 120_000;

describe(`a kiosk thirty days offline with ${REQUESTS.toLocaleString('en')} requests`, () => {
  let hub: TestHub;
  let link: SlowLink;
  let config: KioskConfig;
  let db: Db;
  let lock: DataFolderLock;

  beforeAll(async () => {
    hub = await startTestHub('postgres', 'kiosk_month');
    const enrolled = await kioskAt(hub);
    config = enrolled.config;
    await enrolled.kiosk.close();
    ({ db, lock } = await openDataFolder(config));
    const month = { codes: trackingCodes(db, loadIdentity(db)!.prefix), name: 'Kios Uji', timeZone: 'Asia/Jakarta' };
    fileMonthOfRequests(db, loadCatalog(), month, REQUESTS, new Date());
    const rand = seeded(7);
    link = await startSlowLink(Number(new URL(hub.url).port), {
      bytesPerSecond: BYTES_PER_SECOND,
      cutAfterBytes: () => Math.round(-Math.log(1 - rand()) * MEAN_BYTES_BETWEEN_CUTS),
    });
  });
  afterAll(async () => {
    db?.close();
    lock?.release();
    await link?.close();
    await hub?.close();
  });

  it(
    'completes over a slow line that breaks, never sending a batch the hub acknowledged again',
    { timeout: 1_800_000 },
    async () => {
      const events = lastSeq(db);
      expect(backlog(db)).toBe(events);
      let acknowledged = 0;
      const resent: number[] = [];
      const engine = bareEngine(db, config.dataDir, link.url, {
        // A kiosk whose line just broke tries again within seconds.
        timing: { backoffFirstMs: 500, backoffMaxMs: 3000, syncSeconds: 3600 },
        watch: {
          sending: (fromSeq) => {
            if (fromSeq <= acknowledged) resent.push(fromSeq);
          },
          acknowledged: (_from, _to, ackedSeq) => (acknowledged = Math.max(acknowledged, ackedSeq)),
        },
      });
      const started = Date.now();
      engine.start();
      while (backlog(db) > 0 || engine.status().state !== 'idle') await new Promise((r) => setTimeout(r, 1000));
      const seconds = (Date.now() - started) / 1000;
      await engine.stop();

      const [held] = await hub.store.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
      expect(held!.n).toBe(events);
      expect(resent, 'batches sent again after their acknowledgement').toEqual([]);
      expect(link.cuts, 'the line broke').toBeGreaterThan(0);
      const bytes = link.carried.up;
      console.log(
        `${events} events in ${seconds.toFixed(0)} s over ${BYTES_PER_SECOND * 8} bit/s: ${bytes} bytes up (${(bytes / events).toFixed(0)} per event), ${link.carried.down} down, ${link.cuts} cuts`,
      );
    },
  );
});
