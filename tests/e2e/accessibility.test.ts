/**
 * Every screen of the citizen flow, complaints and the satisfaction survey among them, in
 * both languages, in normal, high-contrast and large-text mode:
 * axe-core finds no WCAG 2.2 A/AA violation (and no 7:1 contrast failure in high contrast),
 * no touch target is under 48x48 px or within 8 px of another, and every word on screen
 * comes from the message catalogs, the service catalog, or the citizen, drawn in the
 * typeface the kiosk brings (no character falls back to a system font).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Language } from '../../preload/contract.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { GRADE_NAMES } from '../../sync/ikm.ts';
import { ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES } from '../../sync/skm-elements.ts';
import { axeViolations, errorsOn, fontProblems, kioskPage, tap, targetProblems } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { tapDate, tapKeys, beginService, chooseService } from './citizen.ts';
import type { KioskProcess } from './kiosk-process.ts';
import { signInWithBadge, startKioskWithStaff, type StaffMember } from './staff.ts';

// ---------- where the words on screen may come from ----------

const i18n = fileURLToPath(new URL('../../renderer/i18n/', import.meta.url));
const locales = readdirSync(i18n)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));
const localeOf = (language: string) => locales.find((l) => l.startsWith(`${language}-`))!;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A message as a pattern: its own words literally, each argument as a wildcard. */
function pattern(elements: MessageFormatElement[]): { source: string; words: string } {
  let source = '';
  let words = '';
  for (const el of elements) {
    if (el.type === TYPE.literal) {
      source += escape(normalise(el.value) === '' ? ' ' : el.value.replace(/\s+/g, ' '));
      words += el.value;
    } else if (el.type === TYPE.pound) source += '[\\d.,]+';
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.values(el.options).map((o) => pattern(o.value));
      source += `(?:${options.map((o) => o.source).join('|')})`;
      words += options.map((o) => o.words).join('');
    } else if (el.type === TYPE.tag) source += pattern(el.children).source;
    else source += '.+?';
  }
  return { source, words };
}

/** Every LocalizedText in the service catalog, by language. */
function catalogTexts(value: unknown, into: Record<string, Set<string>>): Record<string, Set<string>> {
  if (Array.isArray(value)) value.forEach((v) => catalogTexts(v, into));
  else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 2 && 'id' in value && 'en' in value) {
      for (const [language, text] of entries) (into[language] ??= new Set()).add(normalise(String(text)));
    } else entries.forEach(([, v]) => catalogTexts(v, into));
  }
  return into;
}

const CATALOG_TEXT = catalogTexts(loadCatalog(), {});
// The SKM report's own names (elements, profile, quality bands): the console shows them as the printed report does.
catalogTexts([ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES, GRADE_NAMES], CATALOG_TEXT);
const PATTERNS: Record<string, RegExp[]> = Object.fromEntries(
  locales.map((locale) => {
    const messages = JSON.parse(readFileSync(`${i18n}${locale}.json`, 'utf8')) as Record<string, string>;
    const patterns = Object.values(messages)
      .map((m) => pattern(parse(m)))
      // A message that is all argument ("Rp 50.000") proves nothing about where words came from.
      .filter((p) => /\p{L}/u.test(p.words))
      .map((p) => new RegExp(`^${normalise(p.source)}$`, 'su'));
    return [locale.split('-')[0], patterns];
  }),
);

/** Words Intl writes itself in a locale: month names and the rupiah sign. */
function withoutIntlWords(text: string, language: string): string {
  const locale = localeOf(language);
  const months = Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m, 1))),
  );
  const currency = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'IDR',
    currencyDisplay: 'narrowSymbol',
  })
    .formatToParts(1)
    .find((p) => p.type === 'currency')!.value;
  return [...months, currency].reduce((t, word) => t.split(word).join(''), text);
}

/** Catalog texts joined by ", " (several choices in one answer), each possibly containing commas itself. */
function isCatalogList(text: string, texts: Set<string>): boolean {
  if (texts.has(text)) return true;
  for (const t of texts) if (text.startsWith(`${t}, `) && isCatalogList(text.slice(t.length + 2), texts)) return true;
  return false;
}

type Chunk = { text: string; lang: string; data: boolean };

function fromCatalogs({ text, lang, data }: Chunk): boolean {
  const t = normalise(text);
  if (!/\p{L}/u.test(t)) return true; // numbers, codes, punctuation
  // What the citizen typed and codes the kiosk issued are marked translate="no"; the
  // on-screen keyboard types capitals only, so lower-case words there are not data.
  if (data) return !/\p{Ll}/u.test(t);
  const language = lang.split('-')[0]!;
  if (PATTERNS[language]?.some((p) => p.test(t))) return true;
  if (isCatalogList(t, CATALOG_TEXT[language] ?? new Set())) return true;
  return !/\p{L}/u.test(withoutIntlWords(t, language));
}

/**
 * Visible text (each element's own text) and accessible names that come from none of the
 * catalogs. Own text that is part of a message whose argument is an element of its own
 * ("Operator: <span>BUDI</span>") passes when the element's whole text is that message.
 */
async function textProblems(page: Page): Promise<string[]> {
  const chunks = await page.evaluate(() => {
    const out: { text: string; lang: string; data: boolean; whole?: string }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      const data = el.closest('[translate="no"]') !== null;
      let own = '';
      for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) own += node.textContent;
      if (own.trim()) out.push({ text: own, lang, data, whole: el.textContent ?? '' });
      const label = el.getAttribute('aria-label');
      if (label) out.push({ text: label, lang, data: false });
    }
    return out;
  });
  return chunks
    .filter((c) => !fromCatalogs(c) && !(c.whole && c.whole !== c.text && fromCatalogs({ ...c, text: c.whole })))
    .map((c) => `not from a catalog (${c.lang}): "${normalise(c.text)}"`);
}

// ---------- the sweep ----------

type Mode = 'normal' | 'high contrast' | 'large text';

async function check(page: Page, where: string, mode: Mode): Promise<void> {
  const problems = [
    ...(await axeViolations(page)),
    ...(mode === 'high contrast' ? await axeViolations(page, ['color-contrast-enhanced']) : []),
    ...(await targetProblems(page)),
    ...(await textProblems(page)),
    ...(await fontProblems(page)),
  ];
  expect(problems, `${where}, ${mode}`).toEqual([]);
}

async function switchTo(page: Page, language: Language): Promise<void> {
  await tap(page, `lang-${language}`);
  await page.locator(`html[lang="${language}"]`).waitFor();
}

/** Checks the screen in Indonesian, then in English (and back), with `open` re-opening a dialog each time. */
async function checkBoth(
  page: Page,
  where: string,
  mode: Mode,
  open?: () => Promise<void>,
  close?: () => Promise<void>,
) {
  for (const language of ['id', 'en'] as const) {
    await switchTo(page, language);
    await open?.();
    await check(page, `${where} (${language})`, mode);
    await close?.();
  }
  await switchTo(page, 'id');
}

/** Switches the mode on; each visit starts in normal mode. */
async function setMode(page: Page, mode: Mode): Promise<void> {
  if (mode === 'normal') return;
  const [button, rootClass] =
    mode === 'high contrast' ? ['high-contrast', 'contrast-high'] : ['text-size', 'text-large'];
  await tap(page, button);
  await page.locator(`html.${rootClass}`).waitFor();
}

/** A question screen in both languages; `step` names it in the report. */
async function question(page: Page, step: string, mode: Mode): Promise<void> {
  await page.getByTestId('screen-question').waitFor();
  await checkBoth(page, `question ${step}`, mode);
}

async function next(page: Page, from: string): Promise<void> {
  const before = await page.getByTestId('progress').textContent();
  await tap(page, 'next');
  await page.waitForFunction(
    ([from, before]) =>
      document.querySelector(`[data-testid="${from}"]`) === null ||
      document.querySelector('[data-testid="progress"]')?.textContent !== before,
    [from, before] as const,
  );
}

/** Holds a request until the test lets it go on to `then`, so a passing screen can be checked. */
function gate(then: (route: Route) => Promise<void>): { handler: (route: Route) => Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    handler: async (route) => {
      await opened;
      await then(route);
    },
    open,
  };
}

const refuse = (route: Route) => route.fulfill({ json: { ok: false, code: 'storageFailed', message: 'test' } });

const run = useKioskInBrowser();

describe('accessibility of every screen', () => {
  it.each<Mode>(['normal', 'high contrast', 'large text'])(
    '%s mode: axe, target sizes and catalog text on every screen, in both languages',
    async (mode) => {
      // Loading, then the kiosk that cannot load its catalog; Retry then loads it.
      const loading = gate(refuse);
      const page = await kioskPage(run.browser, run.kiosk.url, async (p) => {
        await p.route('**/api/catalog.get', loading.handler, { times: 1 });
      });
      await page.getByTestId('screen-boot').waitFor();
      await setMode(page, mode);
      await check(page, 'loading', mode);
      loading.open();
      await page.getByTestId('screen-unavailable').waitFor();
      await check(page, 'unavailable', mode);
      await tap(page, 'retry');

      // Attract and language choice show every language at once.
      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      await check(page, 'attract', mode);
      // "Cek status", with a code that is not one: the keys, then the message.
      await tap(page, 'check-status');
      await page.getByTestId('screen-status').waitFor();
      await tapKeys(page, 'K3A2');
      await checkBoth(page, 'check status, typing', mode);
      await tapKeys(page, '22222222');
      await page.getByTestId('status-error').waitFor();
      await checkBoth(page, 'check status, wrong code', mode);
      await tap(page, 'back');
      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      await tap(page, 'start');
      await page.getByTestId('screen-language').waitFor();
      await check(page, 'language', mode);
      await tap(page, 'lang-id');

      await page.getByTestId('screen-services').waitFor();
      await checkBoth(page, 'kinds of service', mode);
      await tap(page, 'category-kependudukan');
      await page.getByTestId('page-next').waitFor();
      await checkBoth(page, 'services of a kind, first page', mode);
      await tap(page, 'back');
      await tap(page, 'services-search');
      await tapKeys(page, 'AKTA');
      await page.getByTestId('service-akta-kelahiran').waitFor();
      await checkBoth(page, 'search by keyword', mode);
      await tap(page, 'service-akta-kelahiran');
      await page.getByTestId('screen-standard').waitFor();
      await checkBoth(page, 'standard', mode);
      await tap(page, 'standard-start');
      await page.getByTestId('screen-notice').waitFor();
      await checkBoth(page, 'privacy notice', mode);
      await tap(page, 'notice-accept');

      // Keypad, with a refused answer showing.
      await tapKeys(page, '3273013208850002');
      await tap(page, 'next');
      await page.getByTestId('field-error').waitFor();
      await question(page, 'NIK refused', mode);
      for (let i = 0; i < 16; i++) await tap(page, 'key-backspace');
      await tapKeys(page, '3273015708850002');
      await next(page, 'key-0');
      // Keyboard.
      await tapKeys(page, "PUTRI MA'RUF");
      await question(page, 'name', mode);
      await next(page, 'key-Q');
      // Date picker, each of its steps.
      await question(page, 'date: decade', mode);
      await tap(page, 'decade-2020');
      await question(page, 'date: year', mode);
      await tap(page, 'year-2025');
      await question(page, 'date: month', mode);
      await tap(page, 'month-3');
      await question(page, 'date: day', mode);
      await tap(page, 'day-14');
      await next(page, 'day-14');
      // One choice.
      await question(page, 'single choice', mode);
      await page.locator('[data-testid^="choice-"]').first().tap();
      await next(page, 'choice-ayah');
      // An optional extra: its consent question, then the phone keypad.
      await page.getByTestId('screen-consent').waitFor();
      await checkBoth(page, 'consent question', mode);
      await tap(page, 'consent-yes');
      await tapKeys(page, '081234567890');
      await question(page, 'phone', mode);
      await tap(page, 'next');

      await page.getByTestId('screen-review').waitFor();
      await checkBoth(page, 'review', mode);
      await checkBoth(
        page,
        'cancel dialog',
        mode,
        () => tap(page, 'cancel'),
        () => tap(page, 'cancel-keep'),
      );
      await checkBoth(
        page,
        'staff called',
        mode,
        async () => {
          await tap(page, 'call-staff');
          await page
            .getByTestId('call-staff-notice')
            .getByText(/Petugas segera datang|staff member is coming/)
            .waitFor();
        },
        () => tap(page, 'call-staff-close'),
      );

      // Sending fails once, then goes through slowly enough to see.
      await page.route('**/api/requests.submit', refuse, { times: 1 });
      await tap(page, 'confirm');
      await page.getByTestId('screen-submit-failed').waitFor();
      await checkBoth(page, 'sending failed', mode);
      const sending = gate((route) => route.continue());
      await page.route('**/api/requests.submit', sending.handler, { times: 1 });
      await tap(page, 'retry');
      await page.getByTestId('screen-submitting').waitFor();
      await checkBoth(page, 'sending', mode);
      sending.open();
      await page.getByTestId('screen-result').waitFor();
      await checkBoth(page, 'result', mode);
      await tap(page, 'finish');

      // The field kinds this service does not ask: long text, date with time, many choices, numbers.
      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      await tap(page, 'lang-id');
      await chooseService(page, 'kehilangan');
      await tap(page, 'standard-start');
      await tap(page, 'notice-accept');
      await tapKeys(page, '3273011708850001');
      await next(page, 'key-0');
      await tapKeys(page, 'SITI AMINAH');
      await next(page, 'key-Q');
      await tapKeys(page, 'DOMPET COKLAT BERISI KTP-EL, SIM DAN RP 50.000.');
      await question(page, 'long text', mode);
      await next(page, 'key-Q');
      await tapDate(page, '2026-01-05');
      await question(page, 'date and time: hour', mode);
      await tap(page, 'hour-9');
      await question(page, 'date and time: minute', mode);
      await tap(page, 'cancel');
      await tap(page, 'cancel-confirm');

      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      await tap(page, 'lang-id');
      await chooseService(page, 'kk-ubah');
      await tap(page, 'standard-start');
      await tap(page, 'notice-accept');
      await tapKeys(page, '3273011708850001');
      await next(page, 'key-0');
      for (const choice of await page.locator('[data-testid^="choice-"]').all()) await choice.tap();
      await question(page, 'many choices', mode);
      await tap(page, 'cancel');
      await tap(page, 'cancel-confirm');

      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      await tap(page, 'lang-id');
      await chooseService(page, 'kk-baru');
      await tap(page, 'standard-start');
      await tap(page, 'notice-accept');
      await tapKeys(page, '3273011708850001');
      await next(page, 'key-0');
      await page.locator('[data-testid^="choice-"]').first().tap();
      await next(page, 'choice-menikah');
      await tapKeys(page, '4');
      await question(page, 'number', mode);

      expect(errorsOn(page)).toEqual([]);
    },
    240_000,
  );

  it.each<Mode>(['normal', 'high contrast', 'large text'])(
    '%s mode: axe, target sizes and catalog text on every complaint and survey screen, in both languages',
    async (mode) => {
      const page = await kioskPage(run.browser, run.kiosk.url);
      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      const complaint = (step: string) => page.getByTestId(`screen-complaint-${step}`).waitFor();
      const onward = async (from: string) => {
        await tap(page, 'next');
        await page.getByTestId(`screen-complaint-${from}`).waitFor({ state: 'detached' });
      };

      // A named complaint, every step, a refused NIK among them.
      await tap(page, 'complain');
      await complaint('type');
      await checkBoth(page, 'complaint type', mode);
      await tap(page, 'complaint-type-complaint');
      await complaint('topic');
      await checkBoth(page, 'complaint topics', mode);
      await tap(page, 'complaint-topic-jalan');
      await page.getByTestId('complaint-topic-lampu-jalan').waitFor();
      await checkBoth(page, 'complaint topics, second level', mode);
      await tap(page, 'complaint-topic-lampu-jalan');
      await complaint('text');
      await tapKeys(page, 'LAMPU JALAN MATI.');
      await checkBoth(page, 'complaint text', mode);
      await onward('text');
      await complaint('place');
      await checkBoth(page, 'complaint place', mode);
      await tap(page, 'complaint-skip');
      await complaint('date');
      await checkBoth(page, 'complaint date', mode);
      await tap(page, 'complaint-skip');
      await complaint('identity');
      await checkBoth(page, 'complaint identity', mode);
      await tap(page, 'complaint-identity-named');
      await complaint('notice');
      await checkBoth(page, 'complaint privacy notice', mode);
      await tap(page, 'complaint-notice-accept');
      await tapKeys(page, '3273013208850002');
      await tap(page, 'next');
      await page.getByTestId('field-error').waitFor();
      await checkBoth(page, 'complaint NIK refused', mode);
      for (let i = 0; i < 16; i++) await tap(page, 'key-backspace');
      await tapKeys(page, '3273015708850002');
      await onward('nik');
      await tapKeys(page, 'PUTRI AYU');
      await onward('name');
      await tapKeys(page, '081234567890');
      await checkBoth(page, 'complaint phone', mode);
      await onward('phone');
      await complaint('review');
      await checkBoth(page, 'complaint review', mode);
      await tap(page, 'complaint-send');
      await complaint('done');
      await checkBoth(page, 'complaint filed', mode);
      const code = (await page.getByTestId('tracking-code').textContent())!.replace(/-/g, '').trim();

      // The survey it offers: an element, the cost (skippable, the desk is free), the profile, a suggestion.
      await tap(page, 'survey-offer');
      await page.getByTestId('screen-survey-U1').waitFor();
      await checkBoth(page, 'survey element', mode);
      for (const n of [1, 2, 3]) {
        await page.getByTestId(`screen-survey-U${n}`).waitFor();
        await tap(page, 'survey-score-3');
      }
      await page.getByTestId('screen-survey-U4').waitFor();
      await checkBoth(page, 'survey cost, skippable', mode);
      await tap(page, 'survey-skip');
      for (const n of [5, 6, 7, 8, 9]) {
        await page.getByTestId(`screen-survey-U${n}`).waitFor();
        await tap(page, 'survey-score-4');
      }
      await page.getByTestId('screen-survey-sex').waitFor();
      await checkBoth(page, 'survey profile', mode);
      for (const field of ['sex', 'ageBand', 'education', 'occupation']) {
        await page.getByTestId(`screen-survey-${field}`).waitFor();
        await tap(page, 'survey-profile-skip');
      }
      await page.getByTestId('screen-survey-suggestion').waitFor();
      await tapKeys(page, 'LEBIH CEPAT');
      await checkBoth(page, 'survey suggestion', mode);
      await tap(page, 'survey-send');
      await page.getByTestId('screen-survey-thanks').waitFor();
      await checkBoth(page, 'survey thanks', mode);
      await tap(page, 'finish');

      // From the start screen: the code, then without one the service it is about.
      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      await tap(page, 'survey');
      await tapKeys(page, 'K3A2');
      await checkBoth(page, 'survey code', mode);
      await tap(page, 'survey-without-code');
      await page.getByTestId('screen-survey-service').waitFor();
      await checkBoth(page, 'survey service', mode);
      await tap(page, 'cancel');
      await tap(page, 'cancel-confirm');

      // The complaint's code under "Cek status": its LAPOR! stages.
      await page.getByTestId('screen-attract').waitFor();
      await setMode(page, mode);
      await tap(page, 'check-status');
      await tapKeys(page, code);
      await page.getByTestId('complaint-status').waitFor();
      await checkBoth(page, 'complaint status', mode);

      expect(errorsOn(page)).toEqual([]);
    },
    300_000,
  );

  it('catches a string that is in no catalog', () => {
    expect(fromCatalogs({ text: 'Lanjut', lang: 'id', data: false })).toBe(true);
    expect(fromCatalogs({ text: 'Langkah 3 dari 7', lang: 'id', data: false })).toBe(true);
    expect(fromCatalogs({ text: 'Step 3 of 7', lang: 'en', data: false })).toBe(true);
    expect(fromCatalogs({ text: 'Rp 50.000', lang: 'id', data: false })).toBe(true);
    expect(fromCatalogs({ text: 'Next', lang: 'id', data: false })).toBe(false);
    expect(fromCatalogs({ text: 'Please wait', lang: 'en', data: false })).toBe(false);
    expect(fromCatalogs({ text: 'PUTRI AYU', lang: 'id', data: true })).toBe(true);
    expect(fromCatalogs({ text: 'Hello', lang: 'en', data: true })).toBe(false);
  });
});

/** An operator whose name, like everything typed on the kiosk's keyboard, is in capitals. */
const SWEEP_OPERATOR: StaffMember = {
  staffNumber: '198001012005011009',
  role: 'operator',
  name: 'BUDI OPERATOR',
  badge: 'STAFF-OP9',
  pin: '135790',
};

/** A survey as the kiosk page sends it, so the report has every part to show. */
async function surveyed(kiosk: KioskProcess): Promise<void> {
  const page = await (await fetch(kiosk.url)).text();
  const token = /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
  const response = await fetch(new URL('/api/survey.submit', kiosk.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
    body: JSON.stringify({
      aboutCode: null,
      serviceCode: 'kk-ubah',
      language: 'id',
      scores: { U1: 4, U2: 3, U3: 2, U4: null, U5: 4, U6: 4, U7: 3, U8: 3, U9: 4 },
      profile: { sex: 'female', ageBand: '30to39', education: 'seniorHigh', occupation: null },
      suggestion: null,
    }),
  });
  expect(await response.json()).toMatchObject({ ok: true });
}

describe("accessibility of the operator console's SKM section", () => {
  let kiosk: KioskProcess | undefined;
  afterAll(async () => {
    await kiosk?.stop();
  });

  it('axe, target sizes and catalog text on every part of the SKM report, in both languages', async () => {
    kiosk = await startKioskWithStaff({}, SWEEP_OPERATOR);
    await surveyed(kiosk);
    const page = await kioskPage(run.browser, kiosk.url);
    await signInWithBadge(page, SWEEP_OPERATOR);
    await check(page, 'staff desk', 'normal');
    await tap(page, 'console-skm');
    await page.getByTestId('skm-ikm').waitFor();
    await checkBoth(page, 'SKM summary', 'normal');
    await tap(page, 'skm-part-chart');
    await page.getByTestId('skm-chart').waitFor();
    await checkBoth(page, 'SKM chart', 'normal');
    await tap(page, 'skm-part-elements');
    await page.getByTestId('skm-elements').waitFor();
    await checkBoth(page, 'SKM per element', 'normal');
    await tap(page, 'skm-part-profile');
    await tap(page, 'skm-profile-education');
    await page.getByTestId('skm-profile').waitFor();
    await checkBoth(page, 'SKM profile', 'normal');
    await checkBoth(
      page,
      'SKM service choice',
      'normal',
      () => tap(page, 'skm-choose-service'),
      () => tap(page, 'skm-service-keep'),
    );
    // A quarter a year ago: no answers, so no IKM and no band.
    await tap(page, 'skm-part-summary');
    await tap(page, 'skm-kind-quarter');
    for (let i = 0; i < 4; i++) await tap(page, 'skm-earlier');
    await expect.poll(() => page.getByTestId('skm-band').count()).toBe(0);
    await checkBoth(page, 'SKM summary without answers', 'normal');
    expect(errorsOn(page)).toEqual([]);
  }, 120_000);
});

/** The font size of every element that shows text of its own, in page order. */
const fontSizes = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
      .map((el) => ({ text: el.textContent!.trim().slice(0, 30), size: parseFloat(getComputedStyle(el).fontSize) })),
  );

/** What has the focus: its tag, then its test id or else its text ("h1: Pilih bahasa ..."). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName.toLowerCase()}: ${el?.getAttribute('data-testid') ?? el?.textContent?.trim().slice(0, 40)}`;
  });

describe('focus and the toolbar through a visit', () => {
  it("puts the focus on each new screen's heading and never on the button tapped; the toolbar stays", async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await page.getByTestId('screen-attract').waitFor();
    const toolbar = await page.locator('.toolbar').elementHandle();
    await tap(page, 'start');
    await expect.poll(() => focused(page)).toMatch(/^h1: Pilih bahasa/);
    await tap(page, 'lang-id');
    await page.getByTestId('screen-services').waitFor();
    await expect.poll(() => focused(page)).toMatch(/^h1: /);
    const heading = await focused(page);
    // A tap that changes no screen leaves the focus on the heading: a tool, then a key.
    await tap(page, 'text-size');
    expect(await focused(page)).toBe(heading);
    await chooseService(page, 'pbg-konsultasi');
    await tap(page, 'standard-start');
    await tap(page, 'notice-accept');
    await expect.poll(() => focused(page)).toMatch(/^h1: /);
    const question = await focused(page);
    await tapKeys(page, '647');
    expect(await focused(page)).toBe(question);
    // The toolbar is drawn once for the visit: the same one is under every screen.
    expect(await toolbar!.evaluate((el) => el.isConnected && el.querySelector('[aria-pressed="true"]') !== null)).toBe(
      true,
    );
  });
});

describe('display settings', () => {
  it('large text makes every text on the screen at least 1.5 times larger', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', 'pbg-konsultasi');
    await tapKeys(page, '6471052303790003');
    await next(page, 'key-0');
    await page.getByTestId('key-Q').waitFor();
    const normal = await fontSizes(page);
    await setMode(page, 'large text');
    const large = await fontSizes(page);
    expect(large.map((l) => l.text)).toEqual(normal.map((n) => n.text));
    const smaller = large.filter((l, i) => l.size < normal[i]!.size * 1.5 - 0.01);
    expect(smaller).toEqual([]);
  });

  it('turns off pinch zoom and text selection, and shows a press in the frame the finger lands', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await page.getByTestId('screen-attract').waitFor();
    const body = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { touchAction: style.touchAction, userSelect: style.userSelect };
    });
    expect(body).toEqual({ touchAction: 'pan-x pan-y', userSelect: 'none' });

    await tap(page, 'start');
    await tap(page, 'lang-id');
    const tile = page.getByTestId('category-kependudukan');
    const box = (await tile.boundingBox())!;
    const before = await tile.evaluate((el) => getComputedStyle(el).backgroundColor);
    const cdp = await page.context().newCDPSession(page);
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    // The next animation frame is the first one painted after the touch.
    const pressed = await tile.evaluate(
      (el) =>
        new Promise<{ colour: string; box: DOMRect }>((resolve) =>
          requestAnimationFrame(() =>
            resolve({ colour: getComputedStyle(el).backgroundColor, box: el.getBoundingClientRect().toJSON() }),
          ),
        ),
    );
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(pressed.colour).not.toBe(before);
    // Shown by colour alone: the tile stays where the finger is, the same size.
    expect(pressed.box).toMatchObject({ x: box.x, y: box.y, width: box.width, height: box.height });
    // The touch was a tap: it opened that kind of service.
    await page.getByTestId('service-akta-kelahiran').waitFor();
  });
});
