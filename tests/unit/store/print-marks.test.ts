import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { jobStatus, markDone, markPrinting, markSent } from '../../../main/store/print-jobs-repo.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';

const FULL = 2;

/** A receipt's whole delivery, from the mark before its first byte to the printer's all-clear. */
function deliver(db: Db, job: number): void {
  markPrinting(db, job);
  markSent(db, job, new Date().toISOString());
  markDone(db, job, new Date().toISOString());
}

describe("a receipt's delivery marks, which do not wait for the disk", () => {
  it.each([
    ['on their own', deliver],
    [
      'inside a larger transaction, committed with it',
      (db: Db, job: number) => db.transaction(() => deliver(db, job))(),
    ],
  ])('are written %s, and every other commit on the connection still waits for the disk', (_, write) => {
    const db = openDatabase(join(tempDir('print-marks'), 'kiosk.sqlite'), testCipher());
    const job = recordRequest(db, miniCatalog, testKiosk(), miniCatalog.services[0]!, 'id', { nama: 'a' }, new Date());
    write(db, job.jobId);
    expect(jobStatus(db, job.jobId)).toBe('done');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    db.close();
  });
});
