import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../../main/api/dispatch.ts';
import { openKiosk, type Kiosk } from '../../../main/open-kiosk.ts';
import type { KioskConfig } from '../../../main/config.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';
import { ALPHABET, checkCharacter, formatTrackingCode } from '../../../main/requests/tracking-code.ts';
import { testKiosk } from '../../fixtures/test-cipher.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';

const opened: Kiosk[] = [];
afterEach(async () => {
  for (const k of opened.splice(0)) await k.close();
});

async function kiosk(
  env: Record<string, string> = {},
  printWaitMs = 3000,
): Promise<{ kiosk: Kiosk; config: KioskConfig }> {
  const config = testConfig(env);
  const k = await openKiosk(config, { printWaitMs });
  opened.push(k);
  return { kiosk: k, config };
}

const firstChange = KK_UBAH.answers.perubahan![0]!;

describe('the kiosk API', () => {
  it('checks one answer and returns what may be shown: the NIK masked', async () => {
    const { kiosk: k } = await kiosk();
    expect(
      await dispatch(k.api, 'requests.checkAnswer', {
        serviceCode: 'kk-ubah',
        field: 'nik',
        value: '3273011708850001',
      }),
    ).toEqual({
      ok: true,
      value: { display: '************0001' },
    });
    expect(
      await dispatch(k.api, 'requests.checkAnswer', {
        serviceCode: 'kk-ubah',
        field: 'nik',
        value: '3273013208850001',
      }),
    ).toMatchObject({
      ok: false,
      code: 'invalidAnswers',
      fieldErrors: [{ field: 'nik', code: 'nikDate' }],
    });
    expect(
      await dispatch(k.api, 'requests.checkAnswer', { serviceCode: 'nope', field: 'nik', value: '' }),
    ).toMatchObject({
      ok: false,
      code: 'unknownService',
    });
  });

  it('without a printer, writes the receipt to the preview file and says so', async () => {
    const { kiosk: k, config } = await kiosk();
    const result = await dispatch(k.api, 'requests.submit', KK_UBAH);
    expect(result).toMatchObject({ ok: true, value: { printer: 'preview', queueNumber: 'A-001' } });
    const preview = readEscPos(readFileSync(join(config.dataDir, 'receipts.bin')));
    expect(preview.cuts).toBe(1);
    expect(preview.text).toContain('A-001');
  });

  it('refuses a submission with wrong answers, names each field, and stores nothing', async () => {
    const { kiosk: k } = await kiosk();
    const result = await dispatch(k.api, 'requests.submit', {
      ...KK_UBAH,
      answers: { nik: '123', perubahan: ['no-such'] },
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalidAnswers',
      fieldErrors: [
        { field: 'nik', code: 'nikLength' },
        { field: 'perubahan', code: 'choice' },
      ],
    });
    expect(k.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
    const extra = await dispatch(k.api, 'requests.submit', {
      ...KK_UBAH,
      answers: { ...KK_UBAH.answers, religion: 'x' },
    });
    expect(extra).toMatchObject({ ok: false, code: 'invalidInput' });
  });

  it('tells the citizen the receipt is queued when the printer does not take it in time', async () => {
    const { kiosk: k } = await kiosk({ KIOSK_PRINTER: 'tcp://127.0.0.1:9' }, 200);
    const result = await dispatch(k.api, 'requests.submit', KK_UBAH);
    expect(result).toMatchObject({ ok: true, value: { printer: 'queued' } });
    expect(k.db.prepare(`SELECT print_status FROM requests`).pluck().get()).toBe('queued');
  });

  it('keeps the kiosk prefix it chose on first start', async () => {
    const { config } = await kiosk({ KIOSK_ID: '' });
    const first = opened.pop()!;
    const prefix = ((await dispatch(first.api, 'kiosk.info', {})) as { value: { kioskId: string } }).value.kioskId;
    await first.close();
    const again = await openKiosk({ ...config, kioskId: undefined });
    opened.push(again);
    expect(await dispatch(again.api, 'kiosk.info', {})).toMatchObject({
      ok: true,
      value: { kioskId: prefix, printerConfigured: false },
    });
  });

  it('looks a request up by its tracking code, catching a mistyped one before any lookup', async () => {
    const { kiosk: k } = await kiosk();
    const submitted = (await dispatch(k.api, 'requests.submit', KK_UBAH)) as { value: { trackingCode: string } };
    const code = submitted.value.trackingCode;
    expect(await dispatch(k.api, 'requests.status', { trackingCode: code.toLowerCase() })).toMatchObject({
      ok: true,
      value: { trackingCode: code, serviceCode: 'kk-ubah', queueNumber: 'A-001', receiptPrinted: true },
    });
    const typo = code.slice(0, 5) + (code[5] === '7' ? '8' : '7') + code.slice(6);
    expect(await dispatch(k.api, 'requests.status', { trackingCode: typo })).toMatchObject({
      ok: false,
      code: 'invalidTrackingCode',
    });
    const otherKiosk = formatTrackingCode(testKiosk('M7X').codes.codeFor(1));
    expect(await dispatch(k.api, 'requests.status', { trackingCode: otherKiosk })).toMatchObject({
      ok: false,
      code: 'notFound',
    });
  });

  it('does not lead from one receipt to others: neighbouring codes find nothing, and lookups are limited', async () => {
    const { kiosk: k } = await kiosk();
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const submitted = (await dispatch(k.api, 'requests.submit', KK_UBAH)) as { value: { trackingCode: string } };
      codes.push(submitted.value.trackingCode.replace(/-/g, ''));
    }
    // What worked on sequential codes: step the characters before the check, with a valid check character.
    const first = codes[0]!;
    const neighbours = [...ALPHABET].slice(0, 9).map((c) => {
      const body = first.slice(0, 10) + c;
      return body + checkCharacter(body);
    });
    const found = [];
    for (const guess of neighbours) {
      const answer = await dispatch(k.api, 'requests.status', { trackingCode: guess });
      if (answer.ok && guess !== first) found.push(guess);
    }
    expect(found).toEqual([]);
    // Ten lookups a minute: the eleventh is refused, even for a real code.
    expect(await dispatch(k.api, 'requests.status', { trackingCode: codes[1]! })).toMatchObject({ ok: true });
    expect(await dispatch(k.api, 'requests.status', { trackingCode: codes[2]! })).toMatchObject({
      ok: false,
      code: 'tooManyLookups',
    });
  });

  it('answers a status lookup with nothing about the person', async () => {
    const { kiosk: k } = await kiosk();
    const submitted = (await dispatch(k.api, 'requests.submit', KK_UBAH)) as { value: { trackingCode: string } };
    const status = await dispatch(k.api, 'requests.status', { trackingCode: submitted.value.trackingCode });
    const text = JSON.stringify(status);
    expect(status.ok).toBe(true);
    const nik = KK_UBAH.answers.nik as string;
    expect(text).not.toContain(nik);
    expect(text).not.toContain(nik.slice(-4));
  });

  it('records a call for staff with the time, screen and service', async () => {
    const { kiosk: k } = await kiosk();
    const result = await dispatch(k.api, 'help.call', { screen: 'question', serviceCode: 'kk-ubah' });
    expect(result).toMatchObject({ ok: true });
    expect(k.db.prepare('SELECT screen, service_code, requested_at FROM help_requests').get()).toEqual({
      screen: 'question',
      service_code: 'kk-ubah',
      requested_at: (result as { value: { requestedAt: string } }).value.requestedAt,
    });
  });

  it('accepts only the kiosk’s own screen names in a call for staff', async () => {
    const { kiosk: k } = await kiosk();
    expect(await dispatch(k.api, 'help.call', { screen: 'question:nik', serviceCode: 'kk-ubah' })).toMatchObject({
      ok: true,
    });
    for (const screen of ['question\u0000', '../../etc/passwd', '3273011708850001', 'question:NIK', 'x'.repeat(64)]) {
      expect(await dispatch(k.api, 'help.call', { screen }), screen).toMatchObject({ ok: false, code: 'invalidInput' });
    }
    // A field that the service does not have, or a question with no service at all.
    expect(await dispatch(k.api, 'help.call', { screen: 'question:alamat', serviceCode: 'kk-ubah' })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    expect(await dispatch(k.api, 'help.call', { screen: 'question:nik' })).toMatchObject({ ok: false });
    expect(await dispatch(k.api, 'help.call', { screen: 'services', serviceCode: 'nope' })).toMatchObject({
      ok: false,
      code: 'unknownService',
    });
    expect(k.db.prepare('SELECT screen FROM help_requests').all()).toEqual([{ screen: 'question:nik' }]);
  });

  it('refuses an answer keyed __proto__ as it refuses any other unknown field, and stores nothing', async () => {
    const { kiosk: k } = await kiosk();
    const body = `{"serviceCode":"kk-ubah","language":"id","answers":{"nik":"3273011708850001","perubahan":["${firstChange}"],"__proto__":"x"}}`;
    expect(await dispatch(k.api, 'requests.submit', JSON.parse(body))).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    const unknown = { ...KK_UBAH, answers: { ...KK_UBAH.answers, umur: '30' } };
    expect(await dispatch(k.api, 'requests.submit', unknown)).toMatchObject({ ok: false, code: 'invalidInput' });
    expect(k.db.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 0 });
  });

  it('takes personal data only after the privacy notice, and an optional extra only with its yes', async () => {
    const { kiosk: k } = await kiosk();
    const noNotice = await dispatch(k.api, 'requests.submit', { ...KK_UBAH, noticeVersion: null });
    expect(noNotice).toMatchObject({ ok: false, code: 'invalidInput' });
    expect((noNotice as { message: string }).message).toMatch(/privacy notice/);
    const oldNotice = await dispatch(k.api, 'requests.submit', { ...KK_UBAH, noticeVersion: '2020-01' });
    expect(oldNotice).toMatchObject({ ok: false, code: 'invalidInput' });
    const stray = await dispatch(k.api, 'requests.submit', { ...KK_UBAH, consents: { nik: true } });
    expect(stray).toMatchObject({ ok: false, code: 'invalidInput' });

    const phone = { ...KK_UBAH.answers, telepon: '081234567890' };
    const withoutYes = await dispatch(k.api, 'requests.submit', { ...KK_UBAH, answers: phone });
    expect(withoutYes).toMatchObject({ ok: false, fieldErrors: [{ field: 'telepon', code: 'consent' }] });
    const yesButEmpty = await dispatch(k.api, 'requests.submit', { ...KK_UBAH, consents: { telepon: true } });
    expect(yesButEmpty).toMatchObject({ ok: false, fieldErrors: [{ field: 'telepon', code: 'required' }] });
    expect(k.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);

    const taken = await dispatch(k.api, 'requests.submit', { ...KK_UBAH, answers: phone, consents: { telepon: true } });
    expect(taken).toMatchObject({ ok: true });
    expect(k.db.prepare('SELECT notice_version, consents FROM requests').get()).toEqual({
      notice_version: '2026-11',
      consents: '{"telepon":true}',
    });
  });

  it('refuses 2,5 family members but takes a building area of 120,5 square metres', async () => {
    const { kiosk: k } = await kiosk();
    const check = (serviceCode: string, field: string, value: string) =>
      dispatch(k.api, 'requests.checkAnswer', { serviceCode, field, value });
    expect(await check('kk-baru', 'jumlah_anggota', '2,5')).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'jumlah_anggota', code: 'numberWhole' }],
    });
    expect(await check('pbg-konsultasi', 'luas_bangunan', '120,5')).toEqual({ ok: true, value: { display: '120,5' } });
  });

  it('reprints a receipt only when asked, as a new job with the same document marked as a copy', async () => {
    const { kiosk: k, config } = await kiosk();
    const submitted = (await dispatch(k.api, 'requests.submit', KK_UBAH)) as { value: { trackingCode: string } };
    expect(await dispatch(k.api, 'printing.reprint', { trackingCode: submitted.value.trackingCode })).toEqual({
      ok: true,
      value: { queued: true },
    });
    await expect.poll(() => readEscPos(readFileSync(join(config.dataDir, 'receipts.bin'))).cuts).toBe(2);
    const [first, second] = readEscPos(readFileSync(join(config.dataDir, 'receipts.bin'))).qrPayloads;
    expect(second).toBe(first);
    const text = readEscPos(readFileSync(join(config.dataDir, 'receipts.bin'))).text.replace(/\s+/g, ' ');
    expect(text.match(/\*\*\* SALINAN \*\*\*/g)).toHaveLength(2); // the reprint, top and bottom
    expect(text).toContain('Dicetak ulang atas permintaan petugas.');
  });

  it('reports the printer and scanners in one status, and prints a test page', async () => {
    const { kiosk: k, config } = await kiosk();
    expect(await dispatch(k.api, 'devices.status', {})).toMatchObject({
      ok: true,
      value: { printer: { configured: false, kind: 'file', health: 'ready', queuedJobs: 0 }, scanners: [], alerts: [] },
    });
    expect(await dispatch(k.api, 'printing.testPrint', {})).toEqual({ ok: true, value: { printed: true } });
    expect(readEscPos(readFileSync(join(config.dataDir, 'receipts.bin'))).text).toContain('Cetak uji / Test print');
  });
});
