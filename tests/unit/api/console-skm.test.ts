/**
 * The console's SKM screen through the API: the same report as skm.report for a signed-in
 * operator only, and CSV and PDF to the USB drive, audited, as the statistics are.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../../main/api/dispatch.ts';
import { aSurvey } from '../../fixtures/submissions.ts';
import { kioskWithStaff, OFFICER, OPERATOR } from './harness/kiosk-with-staff.ts';

describe('the SKM report in the console', () => {
  it('gives an operator the report skm.report gives, refuses an officer, and saves CSV and PDF to the USB drive', async () => {
    const { kiosk, call, signIn, usb } = await kioskWithStaff();
    await call('survey.submit', aSurvey());
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
    const { call, signIn } = await kioskWithStaff({}, { drive: false });
    const token = await signIn(OPERATOR);
    const period = { kind: 'year', year: new Date().getFullYear(), number: 1 };
    await call('survey.submit', aSurvey());
    await call('console.training', { token, on: true });
    await call('survey.submit', aSurvey({ scores: { ...aSurvey().scores, U1: 1, U2: 1 } }));
    expect((await call('console.skm', { token, period, serviceCode: null })).value).toMatchObject({
      respondents: 1,
      ikm: 88.89,
    });
    await call('console.training', { token, on: false });
    expect((await call('console.skm', { token, period, serviceCode: null })).value).toMatchObject({ respondents: 1 });
  });

  it('says so when there is no USB drive', async () => {
    const { call, signIn } = await kioskWithStaff({}, { drive: false });
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
