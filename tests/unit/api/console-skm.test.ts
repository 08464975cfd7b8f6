/**
 * The console's SKM screen through the API: the same report as skm.report for a signed-in
 * operator only, and CSV and PDF to the USB drive, audited, as the statistics are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../../main/api/dispatch.ts';
import { openKiosk, type Kiosk } from '../../../main/open-kiosk.ts';
import { hashPin } from '../../../main/staff/pin-hash.ts';
import { pinPepper } from '../../../main/staff/sign-in.ts';
import { insertStaff } from '../../../main/store/staff-repo.ts';
import type { MethodName, NewSurvey, Result } from '../../../preload/contract.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';

const OPERATOR = { staffNumber: '198001012005011001', name: 'Budi Operator', badge: 'STAFF-OP1', pin: '135790' };
const OFFICER = { staffNumber: '199002022015022002', name: 'Siti Petugas', badge: 'STAFF-OF2', pin: '246802' };

const opened: Kiosk[] = [];
afterEach(async () => {
  for (const k of opened.splice(0)) await k.close();
});

async function kioskWithStaff(usb: string | null) {
  const kiosk = await openKiosk(testConfig({ KIOSK_BADGE_PREFIX: 'STAFF-', ...(usb ? { KIOSK_USB_DIR: usb } : {}) }), {
    printWaitMs: 300,
  });
  opened.push(kiosk);
  for (const [who, role] of [
    [OPERATOR, 'operator'],
    [OFFICER, 'officer'],
  ] as const) {
    insertStaff(kiosk.db, {
      staffNumber: who.staffNumber,
      name: who.name,
      role,
      badge: who.badge,
      source: 'local',
      createdAt: new Date().toISOString(),
      pin: await hashPin(who.pin, pinPepper(kiosk.db)),
    });
  }
  const call = async <T = unknown>(method: MethodName, input: unknown) =>
    (await dispatch(kiosk.api, method, input)) as Result<T> & { value: T };
  const signIn = async (who: typeof OPERATOR) =>
    (await call<{ session: { token: string } }>('staff.signIn', { who: { badge: who.badge }, pin: who.pin })).value
      .session.token;
  return { kiosk, call, signIn };
}

const survey: NewSurvey = {
  aboutCode: null,
  serviceCode: null,
  language: 'id',
  scores: { U1: 4, U2: 3, U3: 3, U4: 4, U5: 4, U6: 4, U7: 4, U8: 3, U9: 3 },
  profile: { sex: 'female', ageBand: '30to39', education: null, occupation: 'other' },
  suggestion: null,
};

describe('the SKM report in the console', () => {
  it('gives an operator the report skm.report gives, refuses an officer, and saves CSV and PDF to the USB drive', async () => {
    const usb = tempDir('usb');
    const { kiosk, call, signIn } = await kioskWithStaff(usb);
    await call('survey.submit', survey);
    const period = { kind: 'year', year: new Date().getFullYear(), number: 1 };

    const officer = await signIn(OFFICER);
    expect(await call('console.skm', { token: officer, period, serviceCode: null })).toMatchObject({
      ok: false,
      code: 'notAllowed',
    });
    const token = await signIn(OPERATOR);
    const report = await call('console.skm', { token, period, serviceCode: null });
    expect(report).toEqual(await dispatch(kiosk.api, 'skm.report', { period, serviceCode: null }));
    // (4 + 3 + 3 + 4 + 4 + 4 + 4 + 3 + 3) / 9 x 25 = 32 / 9 x 25 = 88.888... -> 88.89, band A.
    expect(report.value).toMatchObject({ respondents: 1, ikm: 88.89, grade: 'A' });

    const csv = await call<{ file: string }>('console.exportSkm', {
      token,
      period,
      serviceCode: null,
      format: 'csv',
      language: 'en',
    });
    const pdf = await call<{ file: string }>('console.exportSkm', {
      token,
      period,
      serviceCode: null,
      format: 'pdf',
      language: 'id',
    });
    expect(readdirSync(usb).sort()).toEqual([`skm-K3A-tahun-${period.year}.csv`, `skm-K3A-tahun-${period.year}.pdf`]);
    expect(readFileSync(csv.value.file, 'utf8')).toContain('"Unit IKM (x 25)","88.89"');
    expect(
      readFileSync(join(usb, `skm-K3A-tahun-${period.year}.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(pdf.value.file).toBe(join(usb, `skm-K3A-tahun-${period.year}.pdf`));

    const trail = await call<{ entries: { action: string; actorName: string | null }[] }>('console.audit', {
      token,
      before: null,
    });
    expect(trail.value.entries.slice(0, 2).map((e) => e.action)).toEqual(['skm.exported', 'skm.exported']);
  });

  it('counts no survey answered in training mode', async () => {
    const { call, signIn } = await kioskWithStaff(null);
    const token = await signIn(OPERATOR);
    const period = { kind: 'year', year: new Date().getFullYear(), number: 1 };
    await call('survey.submit', survey);
    await call('console.training', { token, on: true });
    await call('survey.submit', { ...survey, scores: { ...survey.scores, U1: 1, U2: 1 } });
    expect((await call('console.skm', { token, period, serviceCode: null })).value).toMatchObject({
      respondents: 1,
      ikm: 88.89,
    });
    await call('console.training', { token, on: false });
    expect((await call('console.skm', { token, period, serviceCode: null })).value).toMatchObject({ respondents: 1 });
  });

  it('says so when there is no USB drive', async () => {
    const { call, signIn } = await kioskWithStaff(null);
    const token = await signIn(OPERATOR);
    const saved = await call('console.exportSkm', {
      token,
      period: { kind: 'month', year: 2026, number: 11 },
      serviceCode: null,
      format: 'pdf',
      language: 'id',
    });
    expect(saved).toMatchObject({ ok: false, code: 'usbDrive' });
  });
});
