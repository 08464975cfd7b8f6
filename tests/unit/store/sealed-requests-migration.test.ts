import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkCharacter, TrackingCodes } from '../../../main/requests/tracking-code.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { findRequestByLegacyCode, requestAnswers } from '../../../main/store/requests-repo.ts';
import { jobCounts, nextQueuedJob } from '../../../main/store/print-jobs-repo.ts';
import { databaseAtVersion } from '../../fixtures/old-database.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';

const code = (sequence: string) => `K3A${sequence}${checkCharacter(`K3A${sequence}`)}`;
const [FIRST, SECOND, THIRD] = [code('22222'), code('22223'), code('22224')];
const NIK = '3273011708850001';
const PHONE = '+6281234567890';

// What a version-4 kiosk (before sealing) left: answers, receipts and events in plain text.
const V4 = `
  INSERT INTO requests (id, tracking_code, service_code, language, answers, counter, queue_day, queue_number, requested_at) VALUES
    (1, '${FIRST}', 'kk-ubah', 'id', '{"nik":"${NIK}","telepon":"${PHONE}"}', 'A', '2026-11-27', 1, '2026-11-27T02:00:00Z'),
    (2, '${SECOND}', 'kk-ubah', 'en', '{"nik":"3273011708850002"}', 'A', '2026-11-27', 2, '2026-11-27T02:01:00Z'),
    (3, '${THIRD}', 'kk-ubah', 'id', '{"nik":"3273011708850003"}', 'A', '2026-11-27', 3, '2026-11-27T02:02:00Z');
  INSERT INTO print_jobs (request_id, document, status, attempts, created_at, updated_at, sent_at, copy_reason) VALUES
    (1, '{"nik":"${NIK}"}', 'done', 1, '2026-11-27T02:00:00Z', '2026-11-27T02:00:02Z', '2026-11-27T02:00:01Z', NULL),
    (2, '{}', 'done', 1, '2026-11-27T02:01:00Z', '2026-11-27T02:01:02Z', '2026-11-27T02:01:01Z', NULL),
    (2, '{}', 'queued', 0, '2026-11-27T02:30:00Z', '2026-11-27T02:30:00Z', NULL, 'reprint'),
    (3, '{}', 'printing', 1, '2026-11-27T02:02:00Z', '2026-11-27T02:02:00Z', NULL, NULL);
  INSERT INTO outbox (id, kind, payload, created_at) VALUES
    (1, 'request.created', '{"trackingCode":"${FIRST}","serviceCode":"kk-ubah","requestedAt":"2026-11-27T02:00:00Z"}', '2026-11-27T02:00:00Z'),
    (2, 'request.created', '{"trackingCode":"${SECOND}","serviceCode":"kk-ubah","requestedAt":"2026-11-27T02:01:00Z"}', '2026-11-27T02:01:00Z'),
    (3, 'request.created', '{"trackingCode":"${THIRD}","serviceCode":"kk-ubah","requestedAt":"2026-11-27T02:02:00Z"}', '2026-11-27T02:02:00Z');
`;

describe('migration 0005-sealed-requests', () => {
  it('seals an older kiosk’s answers so no byte of them is left in the file, and keeps everything else', () => {
    const file = databaseAtVersion(4, V4);
    expect(readFileSync(file).includes(NIK)).toBe(true);

    const db = openDatabase(file, testCipher());
    for (const part of [file, `${file}-wal`]) {
      const bytes = readFileSync(part, { flag: 'r' });
      expect(bytes.includes(NIK), part).toBe(false);
      expect(bytes.includes(PHONE), part).toBe(false);
    }
    const first = findRequestByLegacyCode(db, FIRST)!;
    expect(first).toMatchObject({ id: 1, serviceCode: 'kk-ubah', printedAt: '2026-11-27T02:00:02Z' });
    expect(requestAnswers(db, first)).toEqual({ nik: NIK, telepon: PHONE });
    // Each request keeps its place in the event sequence; no event is duplicated as an outbox row.
    expect(db.prepare('SELECT id, seq FROM requests ORDER BY id').all()).toEqual([
      { id: 1, seq: 1 },
      { id: 2, seq: 2 },
      { id: 3, seq: 3 },
    ]);
    expect(db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
    // Receipts: the pending reprint and the one caught printing are still to come.
    expect(db.prepare('SELECT id, print_status, print_copy FROM requests ORDER BY id').all()).toEqual([
      { id: 1, print_status: 'done', print_copy: null },
      { id: 2, print_status: 'queued', print_copy: 'reprint' },
      { id: 3, print_status: 'printing', print_copy: null },
    ]);
    expect(nextQueuedJob(db)?.id).toBe(2);
    expect(jobCounts(db)).toEqual({ queued: 2, failed: 0 });
    // New requests carry on after the old ones, with codes of the new kind.
    expect(new TrackingCodes('K3A', Buffer.alloc(16)).numberOf(FIRST)).toBeNull();
    db.close();
  });
});
