import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/catalogs/${name}`, import.meta.url));

/** The sentence an operator would see when start-up stops on this file. */
function failureOf(file: string): CatalogError {
  try {
    loadCatalog(file);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return error as CatalogError;
  }
  throw new Error(`${file} loaded, but it should have been refused`);
}

/** One sentence: no stack-trace lines, no zod vocabulary, starts with the file, ends with a period. */
function expectOneSentenceAbout(error: CatalogError, file: string) {
  expect(error.name).toBe('CatalogError');
  expect(error.message.startsWith(`Catalog ${file}`)).toBe(true);
  expect(error.message).not.toContain('\n');
  expect(error.message).toMatch(/[^.]\.$/);
  expect(error.message).not.toMatch(/Invalid input|ZodError|\bissues?\b/);
}

describe('loadCatalog with a broken file names the file, the service and the field', () => {
  it('reports JSON syntax errors with the parser position', () => {
    const file = fixture('invalid-json.json');
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toContain('is not valid JSON');
    expect(error.message).toMatch(/line \d+ column \d+/);
  });

  it('reports a missing English text by service, field and path', () => {
    const file = fixture('missing-english-name.json');
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toBe(
      `Catalog ${file}: service "ktp-el-ganti", field "alasan": "values[1].name.en" (the English text) is missing; add it.`,
    );
  });

  it('reports a field order used twice, naming both fields', () => {
    const file = fixture('duplicate-field-order.json');
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toBe(
      `Catalog ${file}: service "ktp-el-ganti", field "telepon": "order" 2 is used twice, also by field "alasan"; give each field its own order.`,
    );
  });

  it('reports a list field without values', () => {
    const file = fixture('list-without-values.json');
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toContain('service "ktp-el-ganti", field "alasan": a singlevaluelist field needs "values"');
  });

  it('reports a counter that is not in the counter list, and lists the ones that are', () => {
    const file = fixture('unknown-counter.json');
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toBe(
      `Catalog ${file}: service "ktp-el-ganti": "counter" "Z" is not a counter code; use one of A.`,
    );
  });

  it('reports an unknown datatype and lists the kinds that exist', () => {
    const file = fixture('wrong-datatype.json');
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toContain('service "ktp-el-ganti", field "alasan": "datatype" is "dropdown"; use one of');
    expect(error.message).toContain('singlevaluelist, multivaluelist, nik, phone');
  });

  it('reports a file that does not exist', () => {
    const file = join(tempDir('catalog'), 'no-such-catalog.json');
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toContain('the file does not exist');
  });
});

describe('loadCatalog cross-checks what the schema cannot', () => {
  const dir = tempDir('catalog');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const valid = () => JSON.parse(readFileSync(fixture('valid-small.json'), 'utf8'));
  let n = 0;
  /** Writes a variant of the valid sample with one change, returns its path. */
  function variant(change: (catalog: any) => void): string {
    const catalog = valid();
    change(catalog);
    const file = join(dir, `variant-${++n}.json`);
    writeFileSync(file, JSON.stringify(catalog));
    return file;
  }

  it('accepts the valid sample, so each refusal below is caused by its one change', () => {
    expect(loadCatalog(fixture('valid-small.json')).services[0]?.service_code).toBe('ktp-el-ganti');
  });

  it('accepts a file saved with a byte-order mark, as Windows editors do', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF' + readFileSync(fixture('valid-small.json'), 'utf8'));
    expect(loadCatalog(file).counters[0]?.code).toBe('A');
  });

  it('names the service by its code when its English name is missing', () => {
    const file = variant((c) => delete c.services[0].service_name.en);
    expect(failureOf(file).message).toBe(
      `Catalog ${file}: service "ktp-el-ganti": "service_name.en" (the English text) is missing; add it.`,
    );
  });

  it('names a service by its position when its code itself is broken', () => {
    const file = variant((c) => (c.services[0].service_code = 'KTP EL'));
    expect(failureOf(file).message).toContain('service "KTP EL": "service_code" is "KTP EL", which has the wrong form');
    const missing = variant((c) => delete c.services[0].service_code);
    expect(failureOf(missing).message).toContain('service number 1: "service_code" is missing');
  });

  it('refuses two services with the same code', () => {
    const file = variant((c) => c.services.push(structuredClone(c.services[0])));
    expect(failureOf(file).message).toContain('service "ktp-el-ganti": the service code is used twice');
  });

  it('refuses a group that is not a category', () => {
    const file = variant((c) => (c.services[0].group = 'perizinan'));
    expect(failureOf(file).message).toContain('"group" "perizinan" is not a category code; use one of kependudukan');
  });

  it('refuses the same field code twice in one service', () => {
    const file = variant((c) => (c.services[0].fields[2].code = 'nik'));
    expect(failureOf(file).message).toContain('field "nik": the field code is used twice');
  });

  it('refuses repeated choice keys in a list', () => {
    const file = variant((c) => (c.services[0].fields[1].values[1].key = 'hilang'));
    expect(failureOf(file).message).toContain('field "alasan": the value key "hilang" is used twice');
  });

  it('refuses values on a field that is not a list', () => {
    const file = variant((c) => (c.services[0].fields[0].values = [{ key: 'x', name: { id: 'x', en: 'x' } }]));
    expect(failureOf(file).message).toContain('field "nik": "values" is only for singlevaluelist and multivaluelist');
  });

  it('refuses a number range whose min is above its max', () => {
    const file = variant((c) =>
      c.services[0].fields.push({
        code: 'jumlah',
        datatype: 'number',
        required: true,
        order: 4,
        min: 10,
        max: 2,
        description: { id: 'Berapa?', en: 'How many?' },
      }),
    );
    expect(failureOf(file).message).toContain('field "jumlah": "min" 10 is larger than "max" 2; swap them.');
  });

  it('refuses maxLength above what a request can hold', () => {
    const file = variant((c) =>
      c.services[0].fields.push({
        code: 'cerita',
        datatype: 'text',
        required: true,
        order: 4,
        maxLength: 5000,
        description: { id: 'Cerita', en: 'Story' },
      }),
    );
    expect(failureOf(file).message).toContain('field "cerita": "maxLength" 5000 is more than the 4000 characters');
  });

  it('refuses a catalog that asks for personal data without a privacy notice', () => {
    const file = variant((c) => delete c.privacy);
    expect(failureOf(file).message).toBe(
      `Catalog ${file}: service "ktp-el-ganti": the service asks for personal data, so the catalog needs a "privacy" notice (version, purpose, recipients, rights, contact); add one.`,
    );
  });

  it('refuses a consent question on a field that is required anyway', () => {
    const file = variant((c) => {
      c.services[0].fields[0].consent = { id: 'Boleh?', en: 'May we?' };
    });
    expect(failureOf(file).message).toContain('cannot be "required"; set "required" to false');
  });

  it('refuses a setting the schema does not know, such as a misspelt key', () => {
    const file = variant((c) => (c.services[0].fields[0].requried = true));
    expect(failureOf(file).message).toContain(
      'field "nik": "requried" is not a known setting; remove it or check the spelling.',
    );
  });

  it('explains a wrong value type in plain words', () => {
    const file = variant((c) => (c.services[0].fields[0].required = 'yes'));
    expect(failureOf(file).message).toContain('field "nik": "required" is "yes" but must be true or false.');
  });

  it('keeps every problem for the log, and shows the first as the message', () => {
    const file = variant((c) => {
      c.services[0].counter = 'Z';
      c.services[0].group = 'nowhere';
    });
    const error = failureOf(file);
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(error.problems[0]);
  });

  it('accepts announcements with and without a pictogram', () => {
    const file = variant((c) => {
      c.announcements = [
        { text: { id: 'Layanan KTP gratis.', en: 'ID cards are free.' }, pictogram: 'id-card' },
        { text: { id: 'Tekan Dengarkan.', en: 'Press Listen.' } },
      ];
    });
    expect(loadCatalog(file).announcements).toHaveLength(2);
  });

  it('names an announcement by its position when its English text is missing', () => {
    const file = variant((c) => (c.announcements = [{ text: { id: 'Layanan KTP gratis.' } }]));
    expect(failureOf(file).message).toBe(
      `Catalog ${file}: announcement number 1: "text.en" (the English text) is missing; add it.`,
    );
  });

  it('refuses an announcement too long to read while it shows', () => {
    const file = variant((c) => (c.announcements = [{ text: { id: 'Singkat.', en: 'Long '.repeat(30).trim() } }]));
    const error = failureOf(file);
    expectOneSentenceAbout(error, file);
    expect(error.message).toContain('announcement number 1: "text.en" has 149 characters, more than the 120');
  });
});
