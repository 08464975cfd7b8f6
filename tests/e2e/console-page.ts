/**
 * The console in Chromium at 1366×768 (the smallest desktop it is made for), and the check
 * every console screen passes: no axe-core WCAG 2.2 A/AA violation, and no visible word
 * that none of the console's message catalogs produced (data — names, codes, what the hub
 * or a citizen wrote — is marked translate="no"), or, on the SKM report, the report's own
 * names of elements, profile values and grades (sync/, shared with its CSV and PDF).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { axeViolations } from './browser.ts';
import { PASSWORD } from './console-hub.ts';
import { GRADE_NAMES } from '../../sync/ikm.ts';
import { ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES } from '../../sync/skm-elements.ts';

const i18n = fileURLToPath(new URL('../../hub/console/i18n/', import.meta.url));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A message as a pattern: its words literally, each argument a wildcard. */
function pattern(elements: MessageFormatElement[]): string {
  return elements
    .map((el) => {
      if (el.type === TYPE.literal) return escape(el.value.replace(/\s+/g, ' '));
      if (el.type === TYPE.pound) return '[\\d.,]+';
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        return `(?:${Object.values(el.options)
          .map((o) => pattern(o.value))
          .join('|')})`;
      }
      return '.+?';
    })
    .join('');
}

const PATTERNS: Record<string, RegExp[]> = Object.fromEntries(
  readdirSync(i18n)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const messages = JSON.parse(readFileSync(i18n + f, 'utf8')) as Record<string, string>;
      return [f.slice(0, 2), Object.values(messages).map((m) => new RegExp(`^${normalise(pattern(parse(m)))}$`, 'su'))];
    }),
);

/** Month names Intl writes in dates, long and short, in both locales. */
const MONTHS = ['id-ID', 'en-GB'].flatMap((locale) =>
  (['long', 'short'] as const).flatMap((month) =>
    Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m, 1))),
    ),
  ),
);

const REPORT_NAMES = [GRADE_NAMES, ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES].flatMap((names) =>
  Object.values(names).flatMap((name) => [`id:${name.id}`, `en:${name.en}`]),
);

function fromCatalogs(text: string, lang: string): boolean {
  const t = normalise(text);
  if (!/\p{L}/u.test(t)) return true;
  if (PATTERNS[lang.slice(0, 2)]?.some((p) => p.test(t))) return true;
  if (REPORT_NAMES.includes(`${lang.slice(0, 2)}:${t}`)) return true;
  return !/\p{L}/u.test(MONTHS.reduce((rest, month) => rest.split(month).join(''), t));
}

export async function textProblems(page: Page): Promise<string[]> {
  const chunks = await page.evaluate(() => {
    const out: { text: string; lang: string }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      // What is typed into a box is data, whoever typed it.
      if (el.closest('[translate="no"], textarea') || !el.checkVisibility({ visibilityProperty: true })) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      let own = '';
      for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) own += node.textContent;
      if (own.trim()) out.push({ text: own, lang });
      for (const attribute of ['aria-label', 'alt']) {
        const label = el.getAttribute(attribute);
        if (label) out.push({ text: label, lang });
      }
    }
    return out;
  });
  return chunks
    .filter((c) => !fromCatalogs(c.text, c.lang))
    .map((c) => `not from a catalog (${c.lang}): "${normalise(c.text)}"`);
}

/** axe and the words on screen, in the language shown now. */
export async function checkScreen(page: Page, where: string): Promise<void> {
  const problems = [...(await axeViolations(page)), ...(await textProblems(page))];
  expect(problems, where).toEqual([]);
}

/** The screen in Indonesian, then in English, then back; `reopen` shows a dialog again after the switch. */
export async function checkBothLanguages(page: Page, where: string, reopen?: () => Promise<void>): Promise<void> {
  await checkScreen(page, `${where} (id)`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.locator('html[lang="en"]').waitFor();
  await reopen?.();
  await checkScreen(page, `${where} (en)`);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
  await page.locator('html[lang="id"]').waitFor();
  await reopen?.();
}

export async function consolePage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${url}/console/`);
  return page;
}

export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('nav-inbox').waitFor();
}
