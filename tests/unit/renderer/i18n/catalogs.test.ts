import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ERROR_CODES, FIELD_ERRORS, LANGUAGES } from '../../../../preload/contract.ts';
import {
  ERROR_MESSAGES,
  FIELD_ERROR_MESSAGES,
  LANGUAGE_ORDER,
  LOCALES,
  MESSAGES,
} from '../../../../renderer/i18n/messages.ts';

const folder = fileURLToPath(new URL('../../../../renderer/i18n/', import.meta.url));
const rendererFolder = fileURLToPath(new URL('../../../../renderer/', import.meta.url));

/** Every language file there is, so a file added tomorrow is checked without editing this test. */
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const catalogs = Object.fromEntries(
  files.map((name) => [name, JSON.parse(readFileSync(folder + name, 'utf8')) as Record<string, string>]),
);
const REFERENCE = 'id-ID.json';
const reference = catalogs[REFERENCE]!;

/** The names of the ICU arguments a message uses, e.g. {count} and {count, plural, ...}. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      argumentsOf(el.children, into);
      continue;
    }
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

/** All renderer source, to find which message ids are used. */
function rendererSource(dir = rendererFolder): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = `${dir}${entry.name}`;
      if (entry.isDirectory()) return rendererSource(`${path}/`);
      return /\.tsx?$/.test(entry.name) ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

describe('message catalogs', () => {
  it('has one file per language of the contract, named for its locale', () => {
    expect(files.every((name) => /^[a-z]{2,3}-[A-Z]{2}\.json$/.test(name))).toBe(true);
    expect(files.map((name) => name.split('-')[0]).sort()).toEqual([...LANGUAGES].sort());
    expect(LANGUAGE_ORDER[0]).toBe('id');
    for (const language of LANGUAGES) expect(`${LOCALES[language]}.json`).toMatch(new RegExp(`^${language}-`));
  });

  it.each(files)('%s has exactly the keys of id-ID.json', (name) => {
    expect(Object.keys(catalogs[name]!).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(files)('%s holds valid, non-empty ICU messages', (name) => {
    for (const [key, message] of Object.entries(catalogs[name]!)) {
      expect(message.trim(), key).not.toBe('');
      expect(() => parse(message), key).not.toThrow();
    }
  });

  it.each(files)('%s gives each message the same arguments as the reference', (name) => {
    for (const key of Object.keys(reference)) {
      const expected = [...argumentsOf(parse(reference[key]!))].sort();
      expect([...argumentsOf(parse(catalogs[name]![key] ?? ''))].sort(), key).toEqual(expected);
    }
  });

  it('names each language in itself', () => {
    const names = LANGUAGES.map((language) => MESSAGES[language]['language.name']);
    expect(new Set(names).size).toBe(LANGUAGES.length);
    expect(MESSAGES.id['language.name']).toBe('Bahasa Indonesia');
    expect(MESSAGES.en['language.name']).toBe('English');
  });

  it('has a sentence for every field error and every error code in the contract', () => {
    expect(Object.keys(FIELD_ERROR_MESSAGES).sort()).toEqual([...FIELD_ERRORS].sort());
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    for (const id of [...Object.values(FIELD_ERROR_MESSAGES), ...Object.values(ERROR_MESSAGES)]) {
      expect(reference[id], id).toBeDefined();
    }
  });

  it('uses every message somewhere in the renderer, so none is left untranslated in vain', () => {
    const source = rendererSource();
    const unused = Object.keys(reference).filter((key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('speaks to the citizen as "Anda", never "kamu" or "kau"', () => {
    for (const [key, message] of Object.entries(reference)) {
      expect(message, key).not.toMatch(/\b(kamu|kau|engkau)\b/i);
    }
  });
});
