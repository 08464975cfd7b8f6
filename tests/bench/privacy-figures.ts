import { join } from 'node:path';
import type { Answers, Catalog, Service } from '../../preload/contract.ts';
import { openDatabase, type Db } from '../../main/store/open-database.ts';
import { recordRequest } from '../../main/requests/submit-request.ts';
import { purgeExpired } from '../../main/privacy/purge.ts';
import { sealedAt } from '../../main/store/sealing.ts';
import { removeTempDir, tempDir } from '../fixtures/temp-dir.ts';
import { testCipher, testKiosk } from '../fixtures/test-cipher.ts';
import { percentile, type Figure } from './report.ts';

const SEALS = 20_000;
const STORED = 20_000;
const PURGED = 2_000;

/**
 * What sealing costs a submission: its answers sealed with AES-256-GCM, and its tracking
 * code made by the keyed permutation (which replaced a plain counter). Set against the
 * time of a whole durable submission measured by the throughput bench.
 */
export function measureEncryptionCost(service: Service, answers: Answers, submissionsPerSecond: number): Figure {
  const cipher = testCipher();
  const kiosk = testKiosk();
  const text = JSON.stringify(answers);
  const times: number[] = [];
  for (let i = 0; i < SEALS; i++) {
    const start = performance.now();
    const code = kiosk.codes.codeFor(i + 1);
    cipher.seal(text, sealedAt.answers(code));
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const share = p50 / (1e6 / submissionsPerSecond);
  return {
    name: 'encryption cost per submission',
    value: `p50 ${p50.toFixed(1)} µs, p99 ${percentile(times, 99).toFixed(1)} µs = ${(share * 100).toFixed(0)}% of a durable submission`,
    target: 'reported (sealing must leave durable submissions >= 50% of raw)',
    met: true,
    detail: `AES-256-GCM of the "${service.service_code}" answers (${text.length} bytes) and the keyed tracking code, ${SEALS} times`,
  };
}

/** A database of STORED requests, all confirmed by the hub `daysAgo` days ago. */
function fullDatabase(dir: string, catalog: Catalog, service: Service, answers: Answers, daysAgo: number): Db {
  const db = openDatabase(join(dir, 'serambi.sqlite'), testCipher());
  const kiosk = testKiosk();
  db.pragma('synchronous = OFF'); // filling only; the purge below runs with the kiosk's settings
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  db.transaction(() => {
    for (let i = 0; i < STORED; i++) recordRequest(db, catalog, kiosk, service, 'id', answers, at);
  })();
  db.prepare('UPDATE requests SET synced_at = ?').run(at.toISOString());
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return db;
}

/**
 * Two ways to make purged answers unreadable in the file: overwrite them as they are
 * deleted (secure_delete, what the kiosk does) and empty the WAL, or delete them plainly
 * and rebuild the whole file with VACUUM. The same purge, timed both ways.
 */
export function measurePurge(catalog: Catalog, service: Service, answers: Answers): Figure {
  const timed: Record<string, number> = {};
  for (const way of ['secure delete', 'VACUUM'] as const) {
    const dir = tempDir('bench-purge');
    try {
      const db = fullDatabase(dir, catalog, service, answers, 30);
      const due = db.prepare('SELECT id FROM requests ORDER BY id LIMIT ?').pluck().all(PURGED) as number[];
      // Only the first PURGED have run out: the others were confirmed just now.
      db.prepare('UPDATE requests SET synced_at = ? WHERE id > ?').run(new Date().toISOString(), due.at(-1));
      db.pragma('wal_checkpoint(TRUNCATE)');
      const start = performance.now();
      if (way === 'secure delete') {
        purgeExpired(db, catalog, new Date());
      } else {
        db.pragma('secure_delete = OFF');
        const purge = db.prepare('UPDATE requests SET answers = NULL WHERE id = ?');
        db.transaction(() => due.forEach((id) => purge.run(id)))();
        db.exec('VACUUM');
        db.pragma('wal_checkpoint(TRUNCATE)');
      }
      timed[way] = performance.now() - start;
      db.close();
    } finally {
      removeTempDir(dir);
    }
  }
  const secure = timed['secure delete']!;
  return {
    name: 'purge of expired personal data',
    value: `secure delete ${secure.toFixed(0)} ms against VACUUM ${timed.VACUUM!.toFixed(0)} ms`,
    target: 'the cheaper way is the one the kiosk uses',
    met: secure <= timed.VACUUM!,
    detail: `${PURGED} of ${STORED} stored requests purged, then the WAL emptied; both leave no byte of them in the file`,
  };
}
