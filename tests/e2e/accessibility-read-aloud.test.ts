/**
 * Read-aloud with a stand-in for the Web Speech API (headless Chromium has no voices): what
 * is spoken on question screens, that private answers never are, that speech stops and
 * repeats, and that a missing voice is said on the button instead of failing in silence.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { tapKeys, beginService, chooseService } from './citizen.ts';

type Spoken = { text: string; lang: string; voice: string | null };
type StubVoice = { name: string; lang: string };

const akta = loadCatalog().services.find((s) => s.service_code === 'akta-kelahiran')!;
const field = (code: string) => [...akta.fields].find((f) => f.code === code)!;
const NIK = '3273015708850002';

/**
 * Replaces speechSynthesis before the kiosk loads. Utterances are recorded and stay
 * "speaking" until the test calls finish(), so Stop can be tested while speech runs.
 */
function stubSpeech(voices: StubVoice[] | null) {
  return async (page: Page) => {
    await page.addInitScript((voices: StubVoice[] | null) => {
      type Utterance = { text: string; lang: string; voice: StubVoice | null; onend?: () => void };
      const record = { spoken: [] as Spoken[], cancels: 0, finish: () => {} };
      (window as unknown as { speech: typeof record }).speech = record;
      if (voices === null) {
        delete (window as { speechSynthesis?: unknown }).speechSynthesis;
        return;
      }
      let queue: Utterance[] = [];
      const synth = Object.assign(new EventTarget(), {
        getVoices: () => voices.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
        speak: (u: Utterance) => {
          record.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
          queue.push(u);
        },
        cancel: () => {
          record.cancels += 1;
          queue = [];
        },
        pause: () => {},
        resume: () => {},
      });
      record.finish = () => {
        const done = queue;
        queue = [];
        for (const u of done) u.onend?.();
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      // The real constructor refuses voices that are not the platform's own objects.
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        lang = '';
        voice = null;
        rate = 1;
        constructor(readonly text: string) {}
      };
    }, voices);
  };
}

const VOICES: StubVoice[] = [
  { name: 'Stub Indonesian', lang: 'id-ID' },
  { name: 'Stub English', lang: 'en-GB' },
];

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { spoken: Spoken[] } }).speech.spoken);
const finishSpeaking = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { finish: () => void } }).speech.finish());

/** What is spoken from now on, once `until` is among it. */
async function nextSpoken(page: Page, act: () => Promise<void>, until: string): Promise<Spoken[]> {
  const from = (await spoken(page)).length;
  await act();
  // Generous: a loaded machine can take seconds to draw the next screen and start speaking.
  await expect
    .poll(async () => (await spoken(page)).slice(from).map((s) => s.text), { timeout: 15_000 })
    .toContain(until);
  return (await spoken(page)).slice(from);
}

async function toFirstQuestion(page: Page): Promise<void> {
  await beginService(page, 'id', 'akta-kelahiran');
  await page.getByTestId('question-title').waitFor();
}

const run = useKioskInBrowser();

describe('read-aloud', () => {
  it('reads a question screen, never the NIK typed on it, and stops and repeats on request', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url, stubSpeech(VOICES));
    await toFirstQuestion(page);
    const nik = field('nik');

    const first = await nextSpoken(page, () => tap(page, 'read-aloud'), nik.description.id);
    expect(first).toEqual([
      { text: nik.description.id, lang: 'id-ID', voice: 'Stub Indonesian' },
      { text: 'Wajib diisi', lang: 'id-ID', voice: 'Stub Indonesian' },
      { text: nik.datatype_description!.id, lang: 'id-ID', voice: 'Stub Indonesian' },
    ]);
    // While it speaks, the button stops it; afterwards it offers to listen again.
    await page.getByTestId('read-aloud-stop').waitFor();
    await finishSpeaking(page);
    await expect.poll(() => page.getByTestId('read-aloud').textContent()).toBe('Dengarkan lagi');

    await tapKeys(page, NIK);
    const repeated = await nextSpoken(page, () => tap(page, 'read-aloud'), nik.description.id);
    expect(repeated.map((s) => s.text)).toEqual(first.map((s) => s.text));

    // A refused NIK: its message is read, the number is not.
    await tap(page, 'key-backspace');
    const refused = await nextSpoken(page, () => tap(page, 'next'), nik.description.id);
    expect(refused.map((s) => s.text).join(' ')).toMatch(/NIK terdiri dari 16 angka/);
    await tapKeys(page, '2');

    // Listening carries on to the next question, read as it appears.
    const nama = field('nama_anak');
    await nextSpoken(page, () => tap(page, 'next'), nama.description.id);
    await tapKeys(page, 'PUTRI AYU');

    // Stop: silence now, and no more reading on the screens after.
    await page.getByTestId('read-aloud-stop').tap();
    await page.getByTestId('read-aloud').waitFor();
    const beforeDate = (await spoken(page)).length;
    await tap(page, 'next');
    await page.getByTestId('decade-2020').waitFor();
    await page.waitForTimeout(300);
    expect((await spoken(page)).length).toBe(beforeDate);

    const everything = (await spoken(page)).map((s) => s.text).join(' | ');
    for (const secret of [NIK, NIK.slice(0, 6), NIK.slice(-4), 'PUTRI']) expect(everything).not.toContain(secret);
    expect(errorsOn(page)).toEqual([]);
  });

  it('reads the choices of a choice question, the other language in its own voice, and no answer on review', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url, stubSpeech(VOICES));
    await toFirstQuestion(page);
    await tapKeys(page, NIK);
    await tap(page, 'next');
    await tapKeys(page, 'PUTRI AYU');
    await tap(page, 'next');
    for (const id of ['decade-2020', 'year-2025', 'month-3', 'day-14', 'next']) await tap(page, id);

    const hubungan = field('hubungan');
    const read = await nextSpoken(page, () => tap(page, 'read-aloud'), hubungan.description.id);
    expect(read.map((s) => s.text)).toEqual([
      hubungan.description.id,
      'Wajib diisi',
      'Pilih satu.',
      ...hubungan.values!.map((v) => v.name.id),
    ]);

    // Switching language reads the screen again, in English, with the English voice.
    const english = await nextSpoken(page, () => tap(page, 'lang-en'), hubungan.description.en);
    expect(english.at(-1)).toEqual({ text: hubungan.values!.at(-1)!.name.en, lang: 'en-GB', voice: 'Stub English' });
    await tap(page, 'lang-id');
    await page.locator(`[data-testid="choice-${hubungan.values![1]!.key}"]`).tap();
    await tap(page, 'next');
    await tap(page, 'consent-yes');
    await page.getByTestId('key-0').waitFor();
    await tapKeys(page, '081234567890');

    // Counted from before the tap that opens the review: on a quick machine the review is
    // read out before a count taken after the tap, and nothing new would follow it.
    const review = await nextSpoken(page, () => tap(page, 'next'), 'Periksa jawaban Anda');
    const text = review.map((s) => s.text).join(' | ');
    expect(text).toContain(field('telepon').description.id);
    for (const secret of [NIK.slice(-4), 'PUTRI', '0812', '81234567890']) expect(text).not.toContain(secret);
  });

  it('reads the privacy notice, every part of it, from the catalog', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url, stubSpeech(VOICES));
    await tap(page, 'start');
    await tap(page, 'lang-id');
    await chooseService(page, 'akta-kelahiran');
    await tap(page, 'standard-start');
    await page.getByTestId('screen-notice').waitFor();
    const privacy = loadCatalog().privacy!;
    const read = await nextSpoken(page, () => tap(page, 'read-aloud'), privacy.contact.id);
    const text = read.map((s) => s.text);
    for (const part of [privacy.purpose, privacy.recipients, privacy.rights, privacy.contact]) {
      expect(text).toContain(part.id);
    }
    expect(text).toContain(field('nama_anak').personalData!.id);
    expect(text.join(' ')).toMatch(/dihapus dari kios 7 hari kemudian/);
  });

  it('says on the button when the platform has no voice for the language', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url, stubSpeech([{ name: 'Stub English', lang: 'en-GB' }]));
    await toFirstQuestion(page);
    await tap(page, 'read-aloud');
    await expect.poll(() => page.getByTestId('read-aloud').textContent()).toBe('Suara Bahasa Indonesia tidak tersedia');
    expect(await spoken(page)).toEqual([]);

    await tap(page, 'lang-en');
    await expect.poll(() => page.getByTestId('read-aloud').textContent()).toBe('Listen');
    await nextSpoken(page, () => tap(page, 'read-aloud'), field('nik').description.en);
  });

  it('says so too where there is no speech synthesis at all', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url, stubSpeech(null));
    await toFirstQuestion(page);
    await tap(page, 'read-aloud');
    await expect.poll(() => page.getByTestId('read-aloud').textContent()).toBe('Suara Bahasa Indonesia tidak tersedia');
    expect(errorsOn(page)).toEqual([]);
  });
});
