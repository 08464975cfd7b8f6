import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import {
  jobCounts,
  markDone,
  markPrinting,
  markSent,
  nextQueuedJob,
  queueReprint,
  requeueUnsentJobs,
  sentJob,
  unfinishedJobs,
} from '../../../main/store/print-jobs-repo.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { queryPlan, recordPreparedSql } from '../../fixtures/sql-plans.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';

const PRINTED = 300;

function printed(db: Db, id: number): void {
  const at = new Date().toISOString();
  markPrinting(db, id);
  markSent(db, id, at);
  markDone(db, id, at);
}

let db: Db;
afterEach(() => db?.close());

describe('a receipt reprinted long after it was printed', () => {
  it('is found at once, and the queue never reads the printed receipts after it', () => {
    db = openDatabase(join(tempDir('unfinished-receipts'), 'kiosk.sqlite'), testCipher());
    const kiosk = testKiosk();
    const service = miniCatalog.services[0]!;
    const record = () => recordRequest(db, miniCatalog, kiosk, service, 'id', { nama: 'a' }, new Date()).jobId;
    for (let i = 0; i < PRINTED; i++) printed(db, record());
    const waiting = record();

    const prepared = recordPreparedSql();
    try {
      expect(queueReprint(db, 1, new Date().toISOString())).toBe(true);
      expect(nextQueuedJob(db)).toMatchObject({ id: 1, copyReason: 'reprint' });
      expect(jobCounts(db).queued).toBe(2);
      expect(unfinishedJobs(db, 10).map((job) => job.status)).toEqual(['queued', 'queued']);
      markPrinting(db, 1);
      expect(requeueUnsentJobs(db)).toBe(1);
      markPrinting(db, 1);
      markSent(db, 1, new Date().toISOString());
      expect(sentJob(db)?.id).toBe(1);
      markDone(db, 1, new Date().toISOString());
      expect(nextQueuedJob(db)?.id).toBe(waiting);
    } finally {
      prepared.stop();
    }

    // Each read goes through the index of unfinished (or failed) receipts or straight to one row:
    // never a scan, and never a range of ids, which is what reading on from an old
    // receipt's place (the way the queue once did) looks like.
    const reads = [...prepared.sql].filter((sql) => /^\s*(SELECT|UPDATE)/i.test(sql) && /\brequests\b/.test(sql));
    expect(reads.length).toBeGreaterThan(5);
    for (const sql of reads) {
      for (const step of queryPlan(db, sql)) {
        expect(step, sql).toMatch(
          /USING (COVERING )?INDEX requests_print_(unfinished|failed)$|USING INTEGER PRIMARY KEY \(rowid=\?\)$/,
        );
      }
    }
  });
});
