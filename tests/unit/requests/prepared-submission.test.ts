import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../main/store/open-database.ts';
import { recordRequest } from '../../../main/requests/submit-request.ts';
import { PreparedSubmissions, type SubmissionInput } from '../../../main/requests/prepared-submission.ts';
import { requestAnswers, requestById } from '../../../main/store/requests-repo.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';

const kiosk = testKiosk();
const satu = miniCatalog.services[0]!;
const openDb = () => openDatabase(join(tempDir('prepared'), 'kiosk.sqlite'), testCipher());
const siti: SubmissionInput = {
  answers: { nama: 'Siti Aminah', nik: '3273015708850002', hp: '' },
  consents: {},
  noticeVersion: 'uji-1',
};

function preparedOn(db: ReturnType<typeof openDb>, clock = { now: new Date('2026-11-27T02:00:00Z') }) {
  const prepared = new PreparedSubmissions(() => clock.now);
  const place = { db, catalog: miniCatalog, service: satu, today: '2026-11-27' };
  return { prepared, place, clock };
}

/** Send with what the review prepared. */
const sendPrepared = (db: ReturnType<typeof openDb>, ahead: NonNullable<ReturnType<PreparedSubmissions['take']>>) =>
  recordRequest(db, miniCatalog, kiosk, satu, 'id', ahead.answers, new Date(), undefined, null, ahead.sealedAhead);

const storedBlob = (db: ReturnType<typeof openDb>, id: number) =>
  db.prepare('SELECT answers FROM requests WHERE id = ?').pluck().get(id) as Buffer;

describe('a submission prepared at the review screen', () => {
  it('is stored with the answers sealed at review, which open as the checked answers', () => {
    const db = openDb();
    const { prepared, place } = preparedOn(db);
    expect(prepared.prepare(place, kiosk.codes, siti)).toMatchObject({ ok: true });
    const ahead = prepared.take(place, siti)!;
    expect(ahead.answers).toEqual({ nama: 'Siti Aminah', nik: '3273015708850002', hp: '' });

    const made = sendPrepared(db, ahead);
    expect(made.trackingCode).toBe(ahead.sealedAhead.trackingCode);
    expect(storedBlob(db, made.jobId).equals(ahead.sealedAhead.bytes)).toBe(true);
    expect(requestAnswers(db, requestById(db, made.jobId)!)).toEqual(ahead.answers);
  });

  it('is sealed again for its own code when another request took the one it was prepared for', () => {
    const db = openDb();
    const { prepared, place } = preparedOn(db);
    prepared.prepare(place, kiosk.codes, siti);
    // Another citizen's request is stored first, with the code Siti's answers were sealed for.
    const other = recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'BUDI', nik: '', hp: '' }, new Date());
    const ahead = prepared.take(place, siti)!;
    expect(other.trackingCode).toBe(ahead.sealedAhead.trackingCode);

    const made = sendPrepared(db, ahead);
    expect(made.trackingCode).not.toBe(other.trackingCode);
    expect(requestAnswers(db, requestById(db, made.jobId)!)).toEqual(ahead.answers);
    expect(requestAnswers(db, requestById(db, other.jobId)!)).toEqual({ nama: 'BUDI', nik: '', hp: '' });
  });

  it('is not used for anything other than what was prepared, nor twice, nor after ten minutes', () => {
    const db = openDb();
    const { prepared, place, clock } = preparedOn(db);
    const changed: Array<[string, SubmissionInput, Partial<typeof place>]> = [
      ['an answer changed', { ...siti, answers: { ...siti.answers, nik: '3273015708850003' } }, {}],
      ['an answer added', { ...siti, answers: { ...siti.answers, extra: 'x' } }, {}],
      ['a consent given', { ...siti, consents: { hp: true } }, {}],
      ['another notice', { ...siti, noticeVersion: 'uji-0' }, {}],
      ['the day turned', siti, { today: '2026-11-28' }],
      ['another service', siti, { service: miniCatalog.services[1]! }],
      ['another database', siti, { db: openDb() }],
    ];
    for (const [why, input, otherPlace] of changed) {
      prepared.prepare(place, kiosk.codes, siti);
      expect(prepared.take({ ...place, ...otherPlace }, input), why).toBeNull();
      // Once asked for, it is gone, even though nothing matched.
      expect(prepared.take(place, siti), `${why}, asked again`).toBeNull();
    }

    prepared.prepare(place, kiosk.codes, siti);
    clock.now = new Date(clock.now.getTime() + 10 * 60_000 + 1);
    expect(prepared.take(place, siti)).toBeNull();
  });

  it('keeps nothing when an answer is refused', () => {
    const db = openDb();
    const { prepared, place } = preparedOn(db);
    prepared.prepare(place, kiosk.codes, siti);
    const wrongNik = { ...siti, answers: { ...siti.answers, nik: '3273013208850002' } };
    expect(prepared.prepare(place, kiosk.codes, wrongNik)).toMatchObject({
      ok: false,
      errors: [{ field: 'nik', code: 'nikDate' }],
    });
    expect(prepared.take(place, siti)).toBeNull();
    expect(prepared.take(place, wrongNik)).toBeNull();
  });
});
