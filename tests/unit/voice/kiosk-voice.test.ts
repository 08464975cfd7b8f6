import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch.ts';
import { openKiosk, type Kiosk } from '../../../main/open-kiosk.ts';
import { applyStatusChange } from '../../../main/store/hub-status-repo.ts';
import { eventsAfter } from '../../../main/store/sync-repo.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { ANONYMOUS_COMPLAINT, aSurvey, KK_UBAH } from '../../fixtures/submissions.ts';
import type { MethodInput, MethodName, MethodOutput, NewComplaint, Result } from '../../../preload/contract.ts';

/** dispatch, typed by the method: validation in and out as the transports do it. */
const call = <M extends MethodName>(k: Kiosk, method: M, input: MethodInput<M>) =>
  dispatch(k.api, method, input) as Promise<Result<MethodOutput<M>>>;

const opened: Kiosk[] = [];
afterEach(async () => {
  for (const k of opened.splice(0)) await k.close();
});

async function kiosk() {
  const config = testConfig();
  const k = await openKiosk(config, { printWaitMs: 3000 });
  opened.push(k);
  return { kiosk: k, config };
}

const NIK = '3273015708850002';
const anonymous = ANONYMOUS_COMPLAINT;
const TEXT = anonymous.text;

const named: NewComplaint = {
  ...anonymous,
  type: 'aspiration',
  topic: ['petugas'],
  identity: 'named',
  reporter: { nik: NIK, name: 'PUTRI AYU', phone: '081234567890' },
  noticeVersion: '2026-11',
};

/** Every byte of the data folder's files: the database, its WAL, the receipt preview. */
function folderBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f))));
}

describe('complaints on the kiosk', () => {
  it('files a named aspiration with a tracking code and a receipt, and shows its LAPOR! stage', async () => {
    const { kiosk: k, config } = await kiosk();
    const filed = await call(k, 'complaints.submit', named);
    if (!filed.ok) throw new Error(filed.message);
    expect(filed.value.printer).toBe('preview');
    const printed = readEscPos(readFileSync(join(config.dataDir, 'receipts.bin'))).text;
    expect(printed).toContain('Aspirasi');
    expect(printed).toContain('Sikap petugas');
    expect(printed).toContain(filed.value.trackingCode);
    expect(printed).not.toContain(NIK);
    expect(printed).not.toContain(TEXT);

    const status = await call(k, 'requests.status', { trackingCode: filed.value.trackingCode });
    expect(status).toMatchObject({
      ok: true,
      value: { serviceCode: 'lapor', complaint: { type: 'aspiration', stage: 'received', identity: 'named' } },
    });

    // A request filed after it takes the next number of the same sequence: codes never collide.
    const request = await call(k, 'requests.submit', KK_UBAH);
    expect(request.ok && request.value.trackingCode).not.toBe(filed.value.trackingCode);

    const [event] = eventsAfter(k.db, 0, 10);
    expect(event).toMatchObject({
      kind: 'complaint.filed',
      data: { identity: 'named', reporter: { nik: NIK, name: 'PUTRI AYU', phone: '+6281234567890' }, text: TEXT },
    });

    const code = filed.value.trackingCode.replace(/-/g, '');
    const id = k.db.prepare('SELECT id FROM requests WHERE tracking_code = ?').pluck().get(code) as number;
    applyStatusChange(k.db, id, {
      position: 1,
      trackingCode: code,
      status: 'forwarded',
      changedAt: '2026-12-01T03:00:00Z',
      note: null,
    });
    // A request's status is not a complaint's stage: nothing changes.
    expect(
      applyStatusChange(k.db, id, {
        position: 2,
        trackingCode: code,
        status: 'ready',
        changedAt: '2026-12-01T04:00:00Z',
        note: null,
      }),
    ).toBe(false);
    const after = await call(k, 'requests.status', { trackingCode: code });
    expect(after).toMatchObject({
      ok: true,
      value: { complaint: { stage: 'forwarded', next: { step: 'answer', by: '2026-12-08' } } },
    });
  });

  it('keeps no personal data for an anonymous complaint, and its text only sealed', async () => {
    const { kiosk: k, config } = await kiosk();
    const filed = await call(k, 'complaints.submit', anonymous);
    expect(filed.ok).toBe(true);
    k.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = folderBytes(config.dataDir);
    for (const typed of [TEXT, 'MELATI', 'LAMPU']) expect(bytes.includes(Buffer.from(typed))).toBe(false);
    const [event] = eventsAfter(k.db, 0, 10);
    expect(event?.data).toMatchObject({ identity: 'anonymous', reporter: null, text: TEXT });
  });

  it('refuses a named complaint without the privacy notice, an anonymous one with a reporter, and a topic that is not a leaf', async () => {
    const { kiosk: k } = await kiosk();
    expect(await call(k, 'complaints.submit', { ...named, noticeVersion: null })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    expect(await call(k, 'complaints.submit', { ...anonymous, reporter: named.reporter })).toMatchObject({
      ok: false,
    });
    expect(await call(k, 'complaints.submit', { ...anonymous, topic: ['jalan'] })).toMatchObject({ ok: false });
    expect(
      await call(k, 'complaints.submit', { ...named, reporter: { ...named.reporter!, nik: '123' } }),
    ).toMatchObject({ ok: false, code: 'invalidAnswers', fieldErrors: [{ field: 'nik', code: 'nikLength' }] });
    expect(await call(k, 'complaints.checkAnswer', { field: 'text', value: 'X'.repeat(1001) })).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'text', code: 'tooLong' }],
    });
  });
});

describe('the satisfaction survey on the kiosk', () => {
  it('takes one survey per tracking code, lets a free service skip the cost, and reports the IKM', async () => {
    const { kiosk: k, config } = await kiosk();
    const request = await call(k, 'requests.submit', KK_UBAH);
    if (!request.ok) throw new Error(request.message);
    const looked = await call(k, 'survey.lookup', { trackingCode: request.value.trackingCode });
    expect(looked).toMatchObject({ ok: true, value: { serviceCode: 'kk-ubah', free: true } });

    const first = aSurvey({
      aboutCode: request.value.trackingCode,
      serviceCode: 'kk-ubah',
      scores: { U1: 4, U2: 4, U3: 4, U4: null, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 },
      suggestion: 'ANTREAN LEBIH CEPAT',
    });
    expect(await call(k, 'survey.submit', first)).toMatchObject({ ok: true });
    expect(await call(k, 'survey.submit', first)).toMatchObject({ ok: false, code: 'alreadySurveyed' });
    expect(await call(k, 'survey.lookup', { trackingCode: request.value.trackingCode })).toMatchObject({
      ok: false,
      code: 'alreadySurveyed',
    });
    expect(await call(k, 'survey.submit', aSurvey({ scores: { ...aSurvey().scores, U2: null } }))).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    expect(
      await dispatch(
        k.api,
        'survey.submit',
        aSurvey({ scores: { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 } }),
      ),
    ).toMatchObject({ ok: true });

    const year = new Date().getFullYear();
    const report = await call(k, 'skm.report', {
      period: { kind: 'year', year, number: 1 },
      serviceCode: null,
    });
    if (!report.ok) throw new Error(report.message);
    // (8 x 3.5 + 3) / 9 x 25: the skipped cost element counts only its one answer.
    expect(report.value).toMatchObject({ respondents: 2, served: 1, sampleSize: 1, ikm: 86.11, grade: 'B' });
    expect(report.value.elements.find((e) => e.code === 'U4')).toMatchObject({ answers: 1, nrr: 3 });
    expect(report.value.profile.find((p) => p.field === 'sex')?.values).toContainEqual({ value: 'female', count: 2 });

    const one = await call(k, 'skm.report', {
      period: { kind: 'year', year, number: 1 },
      serviceCode: 'kk-ubah',
    });
    expect(one).toMatchObject({ ok: true, value: { respondents: 1, ikm: 100, grade: 'A' } });

    const events = eventsAfter(k.db, 0, 10).filter((e) => e.kind === 'survey.answered');
    expect(events.map((e) => e.data.suggestion)).toEqual(['ANTREAN LEBIH CEPAT', null]);
    k.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(config.dataDir, 'serambi.sqlite')).includes(Buffer.from('ANTREAN LEBIH'))).toBe(false);

    const pdf = await call(k, 'skm.export', {
      period: { kind: 'year', year, number: 1 },
      serviceCode: null,
      format: 'pdf',
      language: 'id',
    });
    expect(pdf.ok && Buffer.from(pdf.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await call(k, 'skm.export', {
      period: { kind: 'year', year, number: 1 },
      serviceCode: null,
      format: 'csv',
      language: 'en',
    });
    expect(csv.ok && Buffer.from(csv.value.base64, 'base64').toString()).toContain('"Unit IKM (x 25)","86.11"');
  });
});
