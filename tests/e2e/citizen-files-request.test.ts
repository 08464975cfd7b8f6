import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Field, Service } from '../../preload/contract.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { readEscPos } from '../fixtures/escpos-reader.ts';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { answer, chooseService, outcomeOfNext, progress, tapKeys, type Step } from './citizen.ts';
import { storedRequest } from './kiosk-data.ts';

const catalog = loadCatalog();
const service = (code: string): Service => catalog.services.find((s) => s.service_code === code)!;
const ordered = (s: Service): Field[] => [...s.fields].sort((a, b) => a.order - b.order);

interface Visit {
  service: string;
  language: 'id' | 'en';
  steps: Record<string, Step>;
  /** What the database must hold for each field afterwards. */
  stored: Record<string, unknown>;
  /** A correction made from the review screen: erase some letters and type others. */
  edit?: { field: string; erase: number; type: string };
  /** Reads the review before Send, long enough for main to prepare the request meanwhile. */
  readsReview?: boolean;
}

const VISITS: Visit[] = [
  {
    service: 'akta-kelahiran',
    language: 'id',
    steps: {
      nik: { type: 'keys', text: '3273015708850002' },
      nama_anak: { type: 'keys', text: 'PUTRI AYU LESTARI' },
      tanggal_lahir: { type: 'date', iso: '2026-10-03' },
      hubungan: { type: 'choose', keys: [] }, // filled below with the first listed key
      telepon: { type: 'keys', text: '081234567890' },
    },
    stored: {
      nik: '3273015708850002',
      nama_anak: 'PUTRI AYU LESTARI',
      tanggal_lahir: '2026-10-03',
      telepon: '+6281234567890',
    },
  },
  {
    service: 'kk-ubah',
    language: 'en',
    steps: {
      nik: { type: 'keys', text: '3273011708850001' },
      perubahan: { type: 'choose', keys: [] },
      telepon: { type: 'skip' },
    },
    stored: { nik: '3273011708850001', telepon: '' },
  },
  {
    service: 'pbg-konsultasi',
    language: 'id',
    steps: {
      nik: { type: 'keys', text: '6471052303790003' },
      nama_lengkap: { type: 'keys', text: 'ANDI WIJAYA' },
      fungsi_bangunan: { type: 'choose', keys: [] },
      luas_bangunan: { type: 'keys', text: '120' },
      jumlah_lantai: { type: 'keys', text: '2' },
      lokasi: { type: 'keys', text: 'JL. MERDEKA NO. 5, RT 02/RW 03' },
      telepon: { type: 'keys', text: '085712345678' },
    },
    stored: {
      nik: '6471052303790003',
      nama_lengkap: 'ANDI WIJAYA',
      luas_bangunan: '120',
      jumlah_lantai: '2',
      lokasi: 'JL. MERDEKA NO. 5, RT 02/RW 03',
      telepon: '+6285712345678',
    },
    readsReview: true,
  },
];

// Choice answers take the catalog's own keys, so the test follows catalog edits.
for (const visit of VISITS) {
  for (const field of service(visit.service).fields) {
    const step = visit.steps[field.code];
    if (step?.type !== 'choose') continue;
    const keys = field.values!.map((v) => v.key).slice(0, field.datatype === 'multivaluelist' ? 2 : 1);
    step.keys = keys;
    visit.stored[field.code] = field.datatype === 'multivaluelist' ? keys : keys[0];
  }
}

const run = useKioskInBrowser({ printer: {} });

async function startVisit(page: Page, visit: Visit): Promise<void> {
  await tap(page, 'start');
  await page.getByTestId('screen-language').waitFor();
  await tap(page, `lang-${visit.language}`);
  await page.getByTestId('screen-services').waitFor();
  await chooseService(page, visit.service);
  await page.getByTestId('screen-standard').waitFor();
  // All six parts of the service standard: what to bring and the cost in view, the rest a tap away.
  for (const part of ['requirements', 'cost']) {
    expect(await page.getByTestId(`standard-${part}`).textContent(), part).not.toBe('');
  }
  for (const part of ['procedure', 'duration', 'product', 'complaints']) {
    await tap(page, `standard-open-${part}`);
    expect(await page.getByTestId(`standard-${part}`).textContent(), part).not.toBe('');
  }
  await tap(page, 'standard-start');
  // Every service here asks for personal data: the privacy notice comes first, all of it filled in.
  await page.getByTestId('screen-notice').waitFor();
  for (const part of ['collected', 'purpose', 'recipients', 'retention', 'rights', 'contact']) {
    expect(await page.getByTestId(`notice-${part}`).textContent(), part).not.toBe('');
  }
  await tap(page, 'notice-accept');
}

describe('a citizen files a request with taps only and leaves with a receipt', () => {
  it('completes three different services; printer, QR and database agree with what was entered', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    for (const [n, visit] of VISITS.entries()) {
      await startVisit(page, visit);
      const prepared =
        visit.readsReview && page.waitForResponse((r) => new URL(r.url()).pathname === '/api/requests.prepare');
      const fields = ordered(service(visit.service));
      for (const [i, field] of fields.entries()) await answer(page, field, visit.steps[field.code]!, i, fields.length);

      await page.getByTestId('screen-review').waitFor();
      // While the citizen reads, main checks and seals the answers; Send then stores those.
      if (prepared) expect(await (await prepared).json()).toEqual({ ok: true, value: { prepared: true } });
      if (visit.edit) {
        await tap(page, `edit-${visit.edit.field}`);
        for (let i = 0; i < visit.edit.erase; i++) await tap(page, 'key-backspace');
        await tapKeys(page, visit.edit.type);
        await tap(page, 'next');
        await page.getByTestId('screen-review').waitFor();
        expect(await page.getByTestId(`review-${visit.edit.field}`).textContent()).toContain(
          visit.stored[visit.edit.field],
        );
      }
      expect(await page.getByTestId('review-nik').textContent()).toContain(
        '************' + (visit.stored.nik as string).slice(-4),
      );
      await tap(page, 'confirm');
      await page.getByTestId('screen-result').waitFor();

      const trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();
      const queueNumber = (await page.getByTestId('queue-number').textContent())!.trim();
      const bareCode = trackingCode.replace(/-/g, '');
      expect(trackingCode).toMatch(/^K3A[2-9A-X]-[2-9A-X]{4}-[2-9A-X]{4}$/);
      expect(queueNumber).toMatch(new RegExp(`^${service(visit.service).counter}-\\d{3}$`));
      expect(await page.getByTestId('qr').getAttribute('data-payload')).toBe(bareCode);
      expect(await page.getByTestId('printer-note').count()).toBe(0);

      // The receipt: the bytes that reached the printer, read back command by command.
      await run.printer.waitForCuts(n + 1, 5000);
      const receipts = readEscPos(run.printer.received());
      expect(receipts.cuts).toBe(n + 1);
      expect(receipts.text).toContain(trackingCode);
      expect(receipts.text).toContain(queueNumber);
      expect(receipts.qrPayloads[n]).toBe(bareCode);
      expect(receipts.text).not.toContain(visit.stored.nik as string);
      // Screen and paper agree: the same counter, letter and name, and the same time in the
      // kiosk's zone (Asia/Jakarta), though this browser runs in UTC.
      const counter = service(visit.service).counter;
      const counterName = (await page.getByTestId('counter-name').textContent())!.trim();
      const printedText = receipts.text.replace(/\s+/g, ' ');
      expect(printedText).toContain(`${visit.language === 'id' ? 'Loket' : 'Counter'} ${counter} - ${counterName}`);
      const shownAt = (await page.getByTestId('requested-at').textContent())!;
      const [, day, time] = /(\d{1,2} \S+ \d{4}).*?(\d{2}[.:]\d{2})/.exec(shownAt)!;
      expect(printedText).toContain(day);
      expect(printedText).toContain(time);

      // The database row holds exactly what was entered, sealed: only the kiosk's key opens it.
      const { row, answers } = await storedRequest(run.kiosk, bareCode);
      expect(row).toMatchObject({
        service_code: visit.service,
        language: visit.language,
        counter: service(visit.service).counter,
        notice_version: catalog.privacy!.version,
      });
      expect(Buffer.from(row.answers as Uint8Array).includes(visit.stored.nik as string)).toBe(false);
      expect(answers).toMatchObject(visit.stored);

      await tap(page, 'finish');
      await page.getByTestId('screen-attract').waitFor();
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(trackingCode);
      expect(text).not.toContain((visit.stored.nik as string).slice(-4));
    }
    // Nothing the page did was refused by the CSP or failed in script.
    expect(errorsOn(page)).toEqual([]);
  });

  it('shows a clear message for a wrong NIK and keeps the other answers', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    const visit = VISITS[2]!;
    await startVisit(page, visit);
    const fields = ordered(service(visit.service));
    // Answer everything up to the last question, then go back to the NIK and break it.
    for (const [i, field] of fields.slice(0, 3).entries())
      await answer(page, field, visit.steps[field.code]!, i, fields.length);
    for (let i = 0; i < 3; i++) await tap(page, 'back');
    expect((await progress(page))[0]).toBe(1);
    for (let i = 0; i < 16; i++) await tap(page, 'key-backspace');
    await tapKeys(page, '3273013208850001'); // day 32 does not exist
    await tap(page, 'next');
    expect(await outcomeOfNext(page, 1)).toBe('refused');
    const message = await page.getByTestId('field-error').textContent();
    expect(message).toMatch(/tanggal lahir/i);
    expect((await progress(page))[0]).toBe(1);

    // Fix it; the answers given before are still there.
    for (let i = 0; i < 16; i++) await tap(page, 'key-backspace');
    await tapKeys(page, '6471052303790003');
    await tap(page, 'next');
    expect(await outcomeOfNext(page, 1)).toBe('moved');
    expect(await page.getByTestId('answer-value').textContent()).toContain('ANDI WIJAYA');
    await tap(page, 'next');
    expect(await outcomeOfNext(page, 2)).toBe('moved');
    expect(
      await page
        .getByTestId(`choice-${(visit.steps.fungsi_bangunan as { keys: string[] }).keys[0]}`)
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
