import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/open-database.ts';
import { jobStatus, markDone, markPrinting, markSent } from '../../../main/store/print-jobs-repo.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';

const FULL = 2;

describe("a receipt's delivery marks, which do not wait for the disk", () => {
  const opened = () => openDatabase(join(tempDir('print-marks'), 'kiosk.sqlite'), testCipher());
  const submit = (db: ReturnType<typeof opened>) =>
    recordRequest(db, miniCatalog, testKiosk(), miniCatalog.services[0]!, 'id', { nama: 'a' }, new Date()).jobId;

  it('leave every other commit on the connection waiting for the disk', () => {
    const db = opened();
    const job = submit(db);
    markPrinting(db, job);
    markSent(db, job, new Date().toISOString());
    markDone(db, job, new Date().toISOString());
    expect(jobStatus(db, job)).toBe('done');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    db.close();
  });

  it('can be written inside a larger transaction, and are committed with it', () => {
    const db = opened();
    const job = submit(db);
    db.transaction(() => {
      markPrinting(db, job);
      markSent(db, job, new Date().toISOString());
      markDone(db, job, new Date().toISOString());
    })();
    expect(jobStatus(db, job)).toBe('done');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    db.close();
  });
});
