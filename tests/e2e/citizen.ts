import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Field } from '../../preload/contract.ts';
import { tap } from './browser.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';

/** What a citizen does on one question screen, with taps only. */
export type Step =
  | { type: 'keys'; text: string }
  | { type: 'choose'; keys: string[] }
  | { type: 'date'; iso: string }
  | { type: 'skip' };

const SPECIAL_KEYS: Record<string, string> = {
  ' ': 'key-space',
  ',': 'key-comma',
  '.': 'key-period',
  '-': 'key-hyphen',
  '/': 'key-slash',
  "'": 'key-apostrophe',
};

/** Taps each character on the on-screen keyboard or keypad. */
export async function tapKeys(page: Page, text: string): Promise<void> {
  for (const char of text) await tap(page, SPECIAL_KEYS[char] ?? `key-${char.toUpperCase()}`);
}

export async function tapDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  await tap(page, `decade-${Math.floor(year / 10) * 10}`);
  await tap(page, `year-${year}`);
  await tap(page, `month-${month}`);
  await tap(page, `day-${day}`);
}

export async function perform(page: Page, step: Step): Promise<void> {
  if (step.type === 'keys') await tapKeys(page, step.text);
  if (step.type === 'choose') for (const key of step.keys) await tap(page, `choice-${key}`);
  if (step.type === 'date') await tapDate(page, step.iso);
}

/** The two numbers of "Langkah 3 dari 7" / "Step 3 of 7". */
export async function progress(page: Page): Promise<[number, number]> {
  // Short timeout: the question may give way to the review screen while this reads it.
  const text =
    (await page
      .getByTestId('progress')
      .textContent({ timeout: 500 })
      .catch(() => null)) ?? '';
  const [current, total] = (text.match(/\d+/g) ?? []).map(Number);
  return [current ?? NaN, total ?? NaN];
}

/** Waits until the tap on Next has an outcome: the next screen, or a message on this one. */
export async function outcomeOfNext(page: Page, from: number): Promise<'moved' | 'refused'> {
  let outcome: 'moved' | 'refused' | 'waiting' = 'waiting';
  await expect
    .poll(async () => {
      if (await page.getByTestId('field-error').isVisible()) return (outcome = 'refused');
      if (await page.getByTestId('screen-review').isVisible()) return (outcome = 'moved');
      const onQuestion = await page.getByTestId('progress').isVisible();
      if (onQuestion && (await progress(page))[0] !== from) return (outcome = 'moved');
      return 'waiting';
    })
    .not.toBe('waiting');
  return outcome as 'moved' | 'refused';
}

/**
 * Answers the current question with taps, taps Next, and checks the kiosk accepted it. An
 * optional extra asks for consent first: skipping it is a no, answering it a yes.
 */
export async function answer(page: Page, field: Field, step: Step, index: number, total: number): Promise<void> {
  expect(await progress(page)).toEqual([index + 1, total]);
  if (field.consent) {
    await tap(page, step.type === 'skip' ? 'consent-no' : 'consent-yes');
    if (step.type === 'skip') {
      expect(await outcomeOfNext(page, index + 1), `no to ${field.code}`).toBe('moved');
      return;
    }
  }
  await perform(page, step);
  await tap(page, 'next');
  expect(await outcomeOfNext(page, index + 1), `answer to ${field.code}`).toBe('moved');
}

const bundled = loadCatalog();

/** Whether a tile shows within a second. */
const shows = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .waitFor({ timeout: 1000 })
    .then(
      () => true,
      () => false,
    );

/** Taps the tile, paging on with "more" until it shows. */
export async function tapPaged(page: Page, testId: string): Promise<void> {
  for (let pages = 0; !(await shows(page, testId)); pages++) {
    if (pages > 20) throw new Error(`${testId} is on no page`);
    await tap(page, 'page-next');
  }
  await tap(page, testId);
}

/** On the services screen: the kind of service, then the service, paging on until each shows. */
export async function chooseService(page: Page, serviceCode: string): Promise<void> {
  const service = bundled.services.find((s) => s.service_code === serviceCode)!;
  await tapPaged(page, `category-${service.group}`);
  await tapPaged(page, `service-${serviceCode}`);
}

/**
 * From the start screen to the first question of a service, in the given language: the
 * service's standard, then (every bundled service asks for personal data) the privacy notice.
 */
export async function beginService(page: Page, language: 'id' | 'en', serviceCode: string): Promise<void> {
  await tap(page, 'start');
  await tap(page, `lang-${language}`);
  await chooseService(page, serviceCode);
  await tap(page, 'standard-start');
  await tap(page, 'notice-accept');
}

/**
 * A family-card change of the bundled catalog from the start screen to the result screen,
 * with taps in Indonesian: a NIK, the first kind of change, no SMS. Returns the tracking
 * code as the screen shows it.
 */
export async function fileFamilyCardChange(page: Page): Promise<string> {
  const kkUbah = loadCatalog().services.find((s) => s.service_code === 'kk-ubah')!;
  await beginService(page, 'id', 'kk-ubah');
  const fields = [...kkUbah.fields].sort((x, y) => x.order - y.order);
  const change = kkUbah.fields.find((f) => f.code === 'perubahan')!.values![0]!.key;
  const steps: Record<string, Step> = {
    nik: { type: 'keys', text: '3273011708850001' },
    perubahan: { type: 'choose', keys: [change] },
    telepon: { type: 'skip' },
  };
  for (const [i, field] of fields.entries()) await answer(page, field, steps[field.code]!, i, fields.length);
  await tap(page, 'confirm');
  await page.getByTestId('screen-result').waitFor();
  return (await page.getByTestId('tracking-code').textContent())!.trim();
}
