import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../main/store/open-database.ts';
import { checkAllAnswers, recordRequest } from '../../../main/requests/submit-request.ts';
import { findRequest, requestAnswers } from '../../../main/store/requests-repo.ts';
import { parseTrackingCode } from '../../../main/requests/tracking-code.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { testCipher, testKiosk } from '../../fixtures/test-cipher.ts';
import { storedReceipts } from '../../../main/printing/request-receipt.ts';

const kiosk = testKiosk();
const [satu, dua] = miniCatalog.services as [(typeof miniCatalog.services)[0], (typeof miniCatalog.services)[0]];
const file = () => join(tempDir('submit'), 'kiosk.sqlite');
const at = (iso: string) => new Date(iso);

describe('recordRequest', () => {
  it('writes the request with its receipt and its event for the hub in one row, with a valid tracking code', () => {
    const db = openDatabase(file(), testCipher());
    const r = recordRequest(
      db,
      miniCatalog,
      kiosk,
      satu,
      'id',
      { nama: 'Siti', nik: '3273015708850002' },
      at('2026-11-27T02:00:00Z'),
    );
    expect(parseTrackingCode(r.trackingCode)).toBe(r.trackingCode);
    expect(r.queueNumber).toBe('A-001');
    const stored = findRequest(db, kiosk.codes.numberOf(r.trackingCode)!, r.trackingCode)!;
    expect(stored).toMatchObject({ serviceCode: 'satu', counter: 'A', queueDay: '2026-11-27' });
    expect(requestAnswers(db, stored)).toEqual({ nama: 'Siti', nik: '3273015708850002' });
    // Its receipt waits in the print queue and its event for the hub has the first place in the sequence.
    expect(db.prepare('SELECT print_status, seq FROM requests').get()).toEqual({ print_status: 'queued', seq: 1 });
    // The receipt the print queue builds for it shows the NIK's last four digits only.
    const text = JSON.stringify(storedReceipts(db, { catalog: miniCatalog, kiosk })(r.jobId));
    expect(text).toContain('************0002');
    expect(text).not.toContain('3273015708850002');
  });

  it('numbers the queue per counter and per local day, and never repeats a number after a restart', () => {
    const path = file();
    let db = openDatabase(path, testCipher());
    const morning = at('2026-11-27T01:00:00Z'); // 08:00 WIB
    expect(recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'a' }, morning).queueNumber).toBe('A-001');
    expect(recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'b' }, morning).queueNumber).toBe('A-002');
    expect(recordRequest(db, miniCatalog, kiosk, dua, 'id', { nama: 'c' }, morning).queueNumber).toBe('B-001');
    db.close();

    db = openDatabase(path, testCipher());
    expect(recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'd' }, morning).queueNumber).toBe('A-003');
    // 23:30 UTC on the 27th is 06:30 on the 28th in Jakarta: a new day, a new queue.
    expect(
      recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'e' }, at('2026-11-27T23:30:00Z')).queueNumber,
    ).toBe('A-001');
    // The same instant is still the 27th in a kiosk far to the west.
    const west = { ...kiosk, timeZone: 'America/Los_Angeles' };
    expect(
      recordRequest(db, miniCatalog, west, satu, 'id', { nama: 'f' }, at('2026-11-27T23:30:00Z')).queueNumber,
    ).toBe('A-004');
    db.close();
  });

  it('forgets the queues of days more than a week old, and only those', () => {
    const db = openDatabase(file(), testCipher());
    for (const day of ['2026-11-01', '2026-11-20', '2026-11-21', '2026-11-27']) {
      recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'a' }, at(`${day}T03:00:00Z`));
    }
    expect(db.prepare(`SELECT name FROM counters WHERE name LIKE 'queue/%' ORDER BY name`).pluck().all()).toEqual([
      'queue/2026-11-20/A',
      'queue/2026-11-21/A',
      'queue/2026-11-27/A',
    ]);
    db.close();
  });

  it('leaves nothing behind when the transaction fails half way', () => {
    const db = openDatabase(file(), testCipher());
    // The counters are written before the request row: a failure at the row must undo them.
    db.exec(`CREATE TRIGGER fail_request BEFORE INSERT ON requests BEGIN SELECT RAISE(ABORT, 'disk said no'); END`);
    const counters = db.prepare('SELECT * FROM counters ORDER BY name').all();
    expect(() => recordRequest(db, miniCatalog, kiosk, satu, 'id', { nama: 'a' }, at('2026-11-27T02:00:00Z'))).toThrow(
      /disk said no/,
    );
    for (const table of ['requests', 'outbox']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(db.prepare('SELECT * FROM counters ORDER BY name').all()).toEqual(counters);
  });
});

describe('checkAllAnswers', () => {
  it('reports every refused answer at once and normalises the accepted ones', () => {
    expect(checkAllAnswers(satu, { nama: '', nik: '123', hp: '0812 3456 7890' }, '2026-11-27')).toEqual({
      ok: false,
      errors: [
        { field: 'nama', code: 'required' },
        { field: 'nik', code: 'nikLength' },
      ],
    });
    expect(checkAllAnswers(satu, { nama: ' Siti ', hp: '0812 3456 7890' }, '2026-11-27')).toEqual({
      ok: true,
      answers: { nama: 'Siti', nik: '', hp: '+6281234567890' },
    });
  });
});
