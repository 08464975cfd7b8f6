/**
 * What stood in the way of a person who had never used a kiosk, walked with taps only:
 * each item is checked on the screen as that person would meet it.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { beginService, chooseService, outcomeOfNext, tapKeys, tapPaged } from './citizen.ts';

const akta = loadCatalog().services.find((s) => s.service_code === 'akta-kematian')!;
const run = useKioskInBrowser();

describe('a first-time citizen on the question screens', () => {
  it('sees a NIK in its groups with a count, and masked when coming back to it, with a button to show it', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', akta.service_code);
    // The empty box's words are not spread out like the digits.
    expect(await page.locator('.answer-placeholder').evaluate((el) => getComputedStyle(el).letterSpacing)).toBe(
      'normal',
    );
    await tapKeys(page, '327301170885');
    expect(await page.locator('.nik-group').allTextContents()).toEqual(['327301', '170885']);
    expect(await page.getByTestId('nik-count').textContent()).toBe('12 dari 16 angka');
    await tapKeys(page, '0001');
    expect(await page.getByTestId('nik-count').textContent()).toBe('16 dari 16 angka');
    await tap(page, 'next');
    expect(await outcomeOfNext(page, 1)).toBe('moved');

    await tap(page, 'back');
    expect(await page.getByTestId('answer-value').textContent()).toBe('************0001');
    await tap(page, 'nik-show');
    expect(await page.getByTestId('answer-value').textContent()).toBe('3273011708850001');
    expect(errorsOn(page)).toEqual([]);
  });

  it('has a date hint that says what the picker asks first, and no empty box above choices', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', akta.service_code);
    const order = [...akta.fields].sort((a, b) => a.order - b.order);
    for (const field of order) {
      if (field.datatype === 'date') {
        const hint = (await page.locator('.question-hint').textContent())!;
        expect(hint).toMatch(/tahun.*bulan.*tanggal/i);
        expect(await page.locator('[data-testid^="decade-"]').count()).toBeGreaterThan(0);
        return;
      }
      if (field.datatype === 'singlevaluelist') {
        expect(await page.locator('.answer-box').count()).toBe(0);
        await page.locator('[data-testid^="choice-"]').first().tap();
      } else if (field.datatype === 'nik') {
        await tapKeys(page, field.code === 'nik' ? '3273011708850001' : '3273015708500002');
      } else {
        await tapKeys(page, 'BUDI');
      }
      const [step] = (await page.getByTestId('progress').textContent())!.match(/\d+/)!.map(Number);
      await tap(page, 'next');
      expect(await outcomeOfNext(page, step!), field.code).toBe('moved');
    }
    throw new Error('the service asks no date');
  });

  /** Through "Ubah Kartu Keluarga" to its review: a NIK, the first reason, and no to SMS updates. */
  async function toReviewSayingNoToSms() {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', 'kk-ubah');
    await tapKeys(page, '3273011708850001');
    await tap(page, 'next');
    await page.locator('[data-testid^="choice-"]').first().tap();
    await tap(page, 'next');
    await tap(page, 'consent-no');
    await page.getByTestId('screen-review').waitFor();
    return page;
  }

  it('says a question opened from review is the one answer being changed, not a step of the form', async () => {
    const page = await toReviewSayingNoToSms();
    await tap(page, 'edit-nik');
    expect(await page.getByTestId('progress').textContent()).toBe('Anda sedang mengubah satu jawaban');
  });

  it('is asked about SMS updates again on coming back after a no, and a yes then takes the number', async () => {
    const page = await toReviewSayingNoToSms();
    await tap(page, 'back');
    await tap(page, 'consent-yes');
    await tapKeys(page, '081234567890');
    await tap(page, 'next');
    await page.getByTestId('screen-review').waitFor();
    expect(await page.getByTestId('review-telepon').locator('.review-answer').textContent()).toContain('812');
    expect(errorsOn(page)).toEqual([]);
  });
});

describe('a first-time citizen reading what a service needs', () => {
  it('reads what to bring first, each with a pictogram, and opens the rest with large buttons', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'start');
    await tap(page, 'lang-id');
    await chooseService(page, 'akta-kelahiran');
    const words = async () =>
      (await page.locator('main').innerText()).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    // About 170 words were there before the first question; now the documents, the cost and four buttons.
    expect(await words()).toBeLessThan(100);
    const items = page.getByTestId('standard-requirements').locator('li');
    expect(await items.count()).toBeGreaterThan(2);
    const pictograms = await items
      .locator('[data-pictogram]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-pictogram')));
    expect(pictograms).toContain('family');
    expect(pictograms).toContain('id-card');
    await tap(page, 'standard-open-procedure');
    expect(await page.getByTestId('standard-procedure').locator('li').count()).toBeGreaterThan(1);
    await tap(page, 'standard-open-duration');
    expect(await page.getByTestId('standard-procedure').count()).toBe(0);
    expect(await page.getByTestId('standard-duration').textContent()).toMatch(/Hari itu juga/);
  });

  it('sees every pictogram drawn, neither a blank nor a filled box', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'start');
    await tap(page, 'lang-id');
    const pictograms = page.getByTestId('screen-services').locator('[data-pictogram]');
    expect(await pictograms.count()).toBeGreaterThan(3);
    for (const pictogram of await pictograms.all()) {
      const name = (await pictogram.getAttribute('data-pictogram')) ?? '';
      const drawn = await pictogram.screenshot();
      // The same box with its shape taken away (a filled square), then with nothing drawn in it.
      await pictogram.evaluate((el: HTMLElement) => (el.style.maskImage = 'none'));
      const filled = await pictogram.screenshot();
      await pictogram.evaluate((el: HTMLElement) => (el.style.backgroundColor = 'transparent'));
      const blank = await pictogram.screenshot();
      expect(drawn.equals(filled), name).toBe(false);
      expect(drawn.equals(blank), name).toBe(false);
    }
    expect(errorsOn(page)).toEqual([]);
  });
});

describe('a first-time citizen choosing a service', () => {
  const catalog = loadCatalog();

  it('reaches every service with taps, on screens that need no scrolling, in normal and large text', async () => {
    for (const large of [false, true]) {
      const page = await kioskPage(run.browser, run.kiosk.url);
      if (large) await tap(page, 'text-size');
      await tap(page, 'start');
      await tap(page, 'lang-id');
      const seen = new Set<string>();
      for (const category of catalog.categories) {
        // In large text the kinds of service take two pages too.
        await tapPaged(page, `category-${category.code}`);
        for (;;) {
          await page.locator('[data-testid^="service-"]').first().waitFor();
          for (const tile of await page.locator('[data-testid^="service-"]').all()) {
            const box = (await tile.boundingBox())!;
            const footer = (await page.locator('footer').first().boundingBox())!;
            expect(box.y + box.height, `${await tile.getAttribute('data-testid')}, large ${large}`).toBeLessThanOrEqual(
              footer.y,
            );
            seen.add((await tile.getAttribute('data-testid'))!.slice('service-'.length));
          }
          const more = page.getByTestId('page-next');
          if ((await more.count()) === 0 || (await more.isDisabled())) break;
          await more.tap();
        }
        await tap(page, 'back');
      }
      expect([...seen].sort()).toEqual(catalog.services.map((s) => s.service_code).sort());
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);
    }
  });

  it('finds a service by a word typed on the on-screen keys, in either language', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await tap(page, 'start');
    await tap(page, 'lang-id');
    await tap(page, 'services-search');
    expect(await page.getByTestId('search-count').textContent()).toMatch(/Ketik nama layanan/);
    await tapKeys(page, 'KEMATIAN');
    await page.getByTestId('service-akta-kematian').waitFor();
    expect(await page.getByTestId('search-count').textContent()).toMatch(/layanan cocok/);
    for (let i = 0; i < 8; i++) await tap(page, 'key-backspace');
    await tapKeys(page, 'QQQ');
    expect(await page.getByTestId('search-count').textContent()).toMatch(/Tidak ada layanan yang cocok/);
    for (let i = 0; i < 3; i++) await tap(page, 'key-backspace');
    await tapKeys(page, 'DEATH');
    await tap(page, 'service-akta-kematian');
    await page.getByTestId('screen-standard').waitFor();
    expect(errorsOn(page)).toEqual([]);
  });
});
