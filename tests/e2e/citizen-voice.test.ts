/**
 * Complaints and the satisfaction survey at a built kiosk in browser mode, with taps only:
 * a named complaint (tracking code on screen and on the receipt; the LAPOR! stage an agent
 * sets in the console shown by the kiosk's status lookup after its next sync); an anonymous
 * one, of whose typed words nothing is on disk in clear and no reporter is stored; a survey
 * after a request with the cost skipped for a free service; a survey from the start screen
 * with a code (and a second one refused) and without one, about a service picked there.
 */
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { DATABASE_FILE } from '../../main/open-kiosk.ts';
import { readEscPos } from '../fixtures/escpos-reader.ts';
import { syncUntilDone } from '../unit/kiosk-sync/harness/kiosk-api.ts';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { answer, beginService, tapKeys, tapPaged, type Step } from './citizen.ts';
import { consolePage, signIn } from './console-page.ts';
import { storedRequest } from './kiosk-data.ts';
import { useKioskWithHub } from './kiosk-with-hub.ts';

const bundled = loadCatalog();
const ktpBaru = bundled.services.find((s) => s.service_code === 'ktp-el-baru')!;

/** Taps Next on a complaint step and waits for the step to change. */
async function next(page: Page, from: string): Promise<void> {
  await tap(page, 'next');
  await page.getByTestId(`screen-complaint-${from}`).waitFor({ state: 'detached' });
}

/** The survey's nine elements, one tap each (U4 skipped when asked), then the profile skipped. */
async function answerElements(page: Page, score: 1 | 2 | 3 | 4, skipCost = false): Promise<void> {
  for (let n = 1; n <= 9; n++) {
    await page.getByTestId(`screen-survey-U${n}`).waitFor();
    await tap(page, n === 4 && skipCost ? 'survey-skip' : `survey-score-${score}`);
  }
}

async function skipProfile(page: Page, from = 0): Promise<void> {
  for (const field of ['sex', 'ageBand', 'education', 'occupation'].slice(from)) {
    await page.getByTestId(`screen-survey-${field}`).waitFor();
    await tap(page, 'survey-profile-skip');
  }
}

async function sendSurvey(page: Page): Promise<void> {
  await page.getByTestId('screen-survey-suggestion').waitFor();
  await tap(page, 'survey-send');
  await expect.poll(() => page.getByTestId('survey-thanks').textContent()).toBe('Terima kasih atas penilaian Anda.');
  await tap(page, 'finish');
  await page.getByTestId('screen-attract').waitFor();
}

describe('complaints and the survey at the kiosk', () => {
  const run = useKioskWithHub(bundled);
  let named: string;
  const surveys = () => {
    const db = new Database(join(run.kiosk.dataDir, DATABASE_FILE), { readonly: true });
    const rows = db.prepare('SELECT about_code, service_code, u1, u4, u9, sex FROM survey_responses ORDER BY id').all();
    db.close();
    return rows;
  };

  it('files a named complaint with a receipt, and shows the stage the agency set after the next sync', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'complain');
    await tap(page, 'complaint-type-complaint');
    await tap(page, 'complaint-topic-jalan');
    await tap(page, 'complaint-topic-lampu-jalan');
    await tapKeys(page, 'LAMPU JALAN DI JL. MELATI MATI SEJAK SEMINGGU.');
    expect(await page.getByTestId('complaint-count').textContent()).toBe('46 dari 1.000 huruf');
    await next(page, 'text');
    await tapKeys(page, 'JL. MELATI 12');
    await next(page, 'place');
    await tap(page, 'complaint-skip');
    await tap(page, 'complaint-identity-named');
    await tap(page, 'complaint-notice-accept');
    await tapKeys(page, '3273015708850002');
    await next(page, 'nik');
    await tapKeys(page, 'PUTRI AYU');
    await next(page, 'name');
    await tapKeys(page, '081234567890');
    await next(page, 'phone');
    await page.getByTestId('complaint-review').getByText('PUTRI AYU').waitFor();
    await tap(page, 'complaint-send');
    const shown = (await page.getByTestId('tracking-code').textContent())!.trim();
    named = shown.replace(/-/g, '');
    await page.getByTestId('complaint-verify-by').waitFor();

    // The receipt went to the printer (the preview file when none is attached), with the code.
    await expect
      .poll(() => readEscPos(readFileSync(join(run.kiosk.dataDir, 'receipts.bin'))).text)
      .toContain('NOMOR LAPORAN');
    const receipt = readEscPos(readFileSync(join(run.kiosk.dataDir, 'receipts.bin')));
    expect(receipt.text).toContain(shown);
    expect(receipt.qrPayloads.some((p) => p.includes(named))).toBe(true);
    expect((await storedRequest(run.kiosk, named)).answers).toMatchObject({
      text: 'LAMPU JALAN DI JL. MELATI MATI SEJAK SEMINGGU.',
      reporter: { nik: '3273015708850002', name: 'PUTRI AYU', phone: '+6281234567890' },
    });
    await tap(page, 'finish');
    await page.getByTestId('screen-attract').waitFor();
    await syncUntilDone(run.api);

    const agent = await consolePage(run.browser, run.hub.url);
    await signIn(agent, 'agen.satu');
    await agent.getByTestId('nav-complaints').click();
    await agent.getByTestId(`move-${named}`).click();
    await agent.getByTestId('new-status').selectOption('verified');
    await agent.getByTestId('status-reason').fill('laporan lengkap, diteruskan ke Dinas PU');
    await agent.getByTestId('status-submit').click();
    await agent.getByTestId('stage-saved').waitFor();
    await agent.context().close();
    await syncUntilDone(run.api);

    await tap(page, 'check-status');
    await tapKeys(page, named);
    const stages = page.getByTestId('complaint-stages');
    await stages.waitFor();
    expect(await stages.locator('[aria-current="step"]').textContent()).toBe('Diverifikasi');
    expect(await page.getByTestId('request-status').locator('h2').textContent()).toBe('Pengaduan');
    expect(errorsOn(page)).toEqual([]);
    await page.context().close();
  });

  it('files an anonymous aspiration that leaves none of its words on disk in clear and stores no reporter', async () => {
    const text = 'TOLONG TAMBAH KURSI DI RUANG TUNGGU MPP.';
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'complain');
    await tap(page, 'complaint-type-aspiration');
    await tap(page, 'complaint-topic-lainnya');
    await tapKeys(page, text);
    await next(page, 'text');
    await tap(page, 'complaint-skip');
    await tap(page, 'complaint-skip');
    await tap(page, 'complaint-identity-anonymous');
    await page.getByTestId('complaint-anonymous-note').waitFor();
    await tap(page, 'complaint-send');
    const code = (await page.getByTestId('tracking-code').textContent())!.replace(/-/g, '').trim();
    await tap(page, 'finish');
    await page.getByTestId('screen-attract').waitFor();

    const { row, answers } = await storedRequest(run.kiosk, code);
    expect(answers).toEqual({ text, place: null, happenedOn: null, reporter: null });
    expect(JSON.parse(row.complaint as string)).toMatchObject({ identity: 'anonymous', type: 'aspiration' });
    for (const name of readdirSync(run.kiosk.dataDir)) {
      const bytes = readFileSync(join(run.kiosk.dataDir, name));
      expect(bytes.includes('TAMBAH KURSI'), name).toBe(false);
    }
    // The search finds words that are there in clear: the topic's name on the receipt.
    expect(readFileSync(join(run.kiosk.dataDir, 'receipts.bin')).includes('Lainnya')).toBe(true);
    await page.context().close();
  });

  it('offers the survey after a request, the cost skipped for a free service', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', 'ktp-el-baru');
    const fields = [...ktpBaru.fields].sort((x, y) => x.order - y.order);
    const steps: Record<string, Step> = {
      nik: { type: 'keys', text: '3273011708850001' },
      sudah_rekam: { type: 'choose', keys: [ktpBaru.fields[1]!.values![0]!.key] },
      telepon: { type: 'skip' },
    };
    for (const [i, field] of fields.entries()) await answer(page, field, steps[field.code]!, i, fields.length);
    await tap(page, 'confirm');
    await page.getByTestId('screen-result').waitFor();
    const code = (await page.getByTestId('tracking-code').textContent())!.replace(/-/g, '').trim();
    await tap(page, 'survey-offer');
    await answerElements(page, 4, true);
    await tap(page, 'survey-profile-female');
    await skipProfile(page, 1);
    await tapKeys(page, 'ANTREAN CEPAT');
    await sendSurvey(page);
    expect(surveys()).toContainEqual({
      about_code: code,
      service_code: 'ktp-el-baru',
      u1: 4,
      u4: null,
      u9: 4,
      sex: 'female',
    });
    await page.context().close();
  });

  it('takes a survey from the start screen with a code, once per code, and without one about a service picked there', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'survey');
    await tapKeys(page, named);
    await answerElements(page, 3);
    await skipProfile(page);
    await sendSurvey(page);

    await tap(page, 'survey');
    await tapKeys(page, named);
    expect(await page.getByTestId('survey-error').textContent()).toBe(
      'Survei untuk nomor ini sudah diisi. Terima kasih.',
    );
    await tap(page, 'survey-without-code');
    await page.getByTestId('screen-survey-service').waitFor();
    await tapPaged(page, 'survey-service-skck-pengantar');
    await answerElements(page, 2, true);
    await skipProfile(page);
    await sendSurvey(page);

    expect(surveys().slice(-2)).toEqual([
      { about_code: named, service_code: 'lapor', u1: 3, u4: 3, u9: 3, sex: null },
      { about_code: null, service_code: 'skck-pengantar', u1: 2, u4: null, u9: 2, sex: null },
    ]);
    expect(errorsOn(page)).toEqual([]);
    await page.context().close();
  });
});
