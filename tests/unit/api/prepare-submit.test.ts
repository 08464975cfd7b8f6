import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch.ts';
import { openKiosk, type Kiosk } from '../../../main/open-kiosk.ts';
import { requestAnswers, requestById } from '../../../main/store/requests-repo.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { ANONYMOUS_COMPLAINT, KK_UBAH } from '../../fixtures/submissions.ts';

const opened: Kiosk[] = [];
afterEach(async () => {
  for (const k of opened.splice(0)) await k.close();
});

async function kiosk(): Promise<Kiosk> {
  const k = await openKiosk(testConfig({}), { printWaitMs: 0 });
  opened.push(k);
  return k;
}

const storedAnswers = (k: Kiosk, id: number) => requestAnswers(k.db, requestById(k.db, id)!);

describe('a request prepared at the review screen, then sent', () => {
  it('is stored as sent, even when a complaint filed in between took the number it was sealed for', async () => {
    const k = await kiosk();
    expect(await dispatch(k.api, 'requests.prepare', KK_UBAH)).toEqual({ ok: true, value: { prepared: true } });
    // A complaint is filed at the kiosk between this citizen's review and Send, with the number theirs expected.
    const complaint = await dispatch(k.api, 'complaints.submit', ANONYMOUS_COMPLAINT);
    expect(complaint).toMatchObject({ ok: true });
    expect(await dispatch(k.api, 'requests.submit', KK_UBAH)).toMatchObject({ ok: true });

    expect(requestById(k.db, 1)?.serviceCode).not.toBe(KK_UBAH.serviceCode);
    expect(storedAnswers(k, 2)).toMatchObject(KK_UBAH.answers);
  });

  it('still refuses at Send an answer changed after it was prepared', async () => {
    const k = await kiosk();
    await dispatch(k.api, 'requests.prepare', KK_UBAH);
    const changed = { ...KK_UBAH, answers: { ...KK_UBAH.answers, nik: '3273013208850001' } };
    expect(await dispatch(k.api, 'requests.submit', changed)).toMatchObject({
      ok: false,
      code: 'invalidAnswers',
      fieldErrors: [{ field: 'nik', code: 'nikDate' }],
    });
    expect(k.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
    // The prepared one was let go at that Send; sending it now checks it afresh and stores it.
    expect(await dispatch(k.api, 'requests.submit', KK_UBAH)).toMatchObject({ ok: true });
    expect(storedAnswers(k, 1)).toMatchObject(KK_UBAH.answers);
  });

  it('answers a refused answer, an unknown service or a missing notice as Send would, and stores nothing', async () => {
    const k = await kiosk();
    const wrongNik = { ...KK_UBAH, answers: { ...KK_UBAH.answers, nik: '3273013208850001' } };
    expect(await dispatch(k.api, 'requests.prepare', wrongNik)).toMatchObject({
      ok: false,
      code: 'invalidAnswers',
      fieldErrors: [{ field: 'nik', code: 'nikDate' }],
    });
    expect(await dispatch(k.api, 'requests.prepare', { ...KK_UBAH, serviceCode: 'nope' })).toMatchObject({
      ok: false,
      code: 'unknownService',
    });
    expect(await dispatch(k.api, 'requests.prepare', { ...KK_UBAH, noticeVersion: null })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    // An officer's token belongs to Send only.
    expect(await dispatch(k.api, 'requests.prepare', { ...KK_UBAH, staffToken: 'x' })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    expect(k.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
  });
});
