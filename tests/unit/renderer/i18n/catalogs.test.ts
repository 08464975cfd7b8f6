import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ERROR_CODES, FIELD_ERRORS } from '../../../../preload/contract.ts';
import en from '../../../../renderer/i18n/en.json' with { type: 'json' };
import id from '../../../../renderer/i18n/id.json' with { type: 'json' };
import { ERROR_MESSAGES, FIELD_ERROR_MESSAGES } from '../../../../renderer/i18n/messages.ts';

const catalogs = { id: id as Record<string, string>, en: en as Record<string, string> };

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

describe('message catalogs', () => {
  it('id.json and en.json have exactly the same keys', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.id).sort());
  });

  it('every message is valid ICU and non-empty', () => {
    for (const [language, messages] of Object.entries(catalogs)) {
      for (const [key, message] of Object.entries(messages)) {
        expect(message.trim(), `${language}:${key}`).not.toBe('');
        expect(() => parse(message), `${language}:${key}`).not.toThrow();
      }
    }
  });

  it('each message takes the same arguments in both languages', () => {
    for (const key of Object.keys(catalogs.id)) {
      const idArgs = [...argumentsOf(parse(catalogs.id[key]!))].sort();
      const enArgs = [...argumentsOf(parse(catalogs.en[key] ?? ''))].sort();
      expect(enArgs, key).toEqual(idArgs);
    }
  });

  it('has a sentence for every field error and every error code in the contract', () => {
    expect(Object.keys(FIELD_ERROR_MESSAGES).sort()).toEqual([...FIELD_ERRORS].sort());
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort());
    for (const id of [...Object.values(FIELD_ERROR_MESSAGES), ...Object.values(ERROR_MESSAGES)]) {
      expect(catalogs.id[id], id).toBeDefined();
    }
  });

  it('speaks to the citizen as "Anda", never "kamu" or "kau"', () => {
    for (const [key, message] of Object.entries(catalogs.id)) {
      expect(message, key).not.toMatch(/\b(kamu|kau|engkau)\b/i);
    }
  });
});
