import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/open-database.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { PreparedSubmissions } from '../../../main/requests/prepared-submission.ts';
import { databaseAtVersion } from '../../fixtures/old-database.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';

const kiosk = testKiosk();
const satu = miniCatalog.services[0]!;
const row = (id: number, seq: number) =>
  `(${id}, '${kiosk.codes.codeFor(id)}', 'satu', 'id', 'A', '2026-03-01', ${id}, '2026-03-01T02:00:00Z', ${seq}, NULL, 'done', '2026-03-01T02:00:00Z')`;

describe('migration 0011-request-numbers', () => {
  it('numbers the next request after the last one an older kiosk stored, never reusing a tracking code', () => {
    const file = databaseAtVersion(
      10,
      `INSERT INTO requests (id, tracking_code, service_code, language, counter, queue_day, queue_number, requested_at,
         seq, answers, print_status, print_queued_at)
       VALUES ${row(1, 1)}, ${row(2, 2)}, ${row(7, 3)};
       INSERT OR REPLACE INTO counters (name, last) VALUES ('sync/seq', 3);`,
    );
    const db = openDatabase(file, testCipher());
    const input = { answers: { nama: 'Siti' }, consents: {}, noticeVersion: null };
    const place = { db, catalog: miniCatalog, service: satu, today: '2026-11-27' };
    // The answers sealed at review are sealed for the code the request will get.
    const drafts = new PreparedSubmissions(() => new Date('2026-11-27T02:00:00Z'));
    expect(drafts.prepare(place, kiosk.codes, input).ok).toBe(true);
    const ahead = drafts.take(place, input)!;
    expect(ahead.sealedAhead.trackingCode).toBe(kiosk.codes.codeFor(8));

    const next = recordRequest(db, miniCatalog, kiosk, satu, 'id', ahead.answers, new Date('2026-11-27T02:00:00Z'));
    expect(next).toMatchObject({ jobId: 8, trackingCode: kiosk.codes.codeFor(8), queueNumber: 'A-001' });
    expect(db.prepare('SELECT seq FROM requests WHERE id = 8').pluck().get()).toBe(4);
    db.close();
  });

  it('starts a kiosk that never stored a request at number 1', () => {
    const db = openDatabase(databaseAtVersion(10, ''), testCipher());
    expect(recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'Siti' }, new Date()).jobId).toBe(1);
    db.close();
  });
});
