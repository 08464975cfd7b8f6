import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS, type LocalizedText } from '../../../preload/contract.ts';
import { findService, loadCatalog } from '../../../main/catalog/load-catalog.ts';

const catalog = loadCatalog();
const bundledPath = fileURLToPath(new URL('../../../main/catalog/bundled/catalog.json', import.meta.url));

const filled = (text: LocalizedText | undefined) => Boolean(text?.id.trim() && text.en.trim());

describe('the bundled catalog', () => {
  it('offers at least 12 services', () => {
    expect(catalog.services.length).toBeGreaterThanOrEqual(12);
  });

  it('is the same whether imported (bundled build) or read from disk (KIOSK_CATALOG)', () => {
    expect(loadCatalog(bundledPath)).toEqual(catalog);
  });

  it.each(catalog.services.map((s) => [s.service_code, s] as const))(
    '%s shows all six standard components in both languages',
    (_code, service) => {
      const { requirements, procedure, duration, cost, product, complaints } = service.standard;
      expect(filled(service.service_name) && filled(service.description)).toBe(true);
      expect(requirements.length > 0 && requirements.every(filled)).toBe(true);
      expect(procedure.length > 0 && procedure.every(filled)).toBe(true);
      expect([duration, product, complaints].every(filled)).toBe(true);
      // A price alone says nothing to someone asked for a bribe: every cost carries a note.
      expect(Number.isInteger(cost.amountIdr) && filled(cost.note)).toBe(true);
    },
  );

  it('says civil-registration documents are free by law', () => {
    const dukcapil = catalog.services.filter((s) => s.group === 'kependudukan');
    expect(dukcapil.length).toBeGreaterThanOrEqual(6);
    for (const service of dukcapil) {
      expect(service.standard.cost.amountIdr, service.service_code).toBe(0);
      expect(service.standard.cost.note?.id, service.service_code).toContain('Pasal 79A');
    }
  });

  it('uses every field kind somewhere, so each kind is exercised by the forms', () => {
    const used = new Set(catalog.services.flatMap((s) => s.fields.map((f) => f.datatype)));
    expect([...used].sort()).toEqual([...FIELD_KINDS].sort());
  });

  it('asks between 3 and 8 questions per service', () => {
    for (const service of catalog.services) {
      expect(service.fields.length, service.service_code).toBeGreaterThanOrEqual(3);
      expect(service.fields.length, service.service_code).toBeLessThanOrEqual(8);
    }
  });

  it('bounds every number and every text answer', () => {
    for (const field of catalog.services.flatMap((s) => s.fields)) {
      if (field.datatype === 'number')
        expect(field.min !== undefined && field.max !== undefined, field.code).toBe(true);
      if (field.datatype === 'string' || field.datatype === 'text') expect(field.maxLength, field.code).toBeDefined();
    }
  });

  it('collects the minimum: no religion or health questions, and the phone is always optional', () => {
    for (const service of catalog.services) {
      for (const field of service.fields) {
        expect(field.code, service.service_code).not.toMatch(
          /agama|religi|kesehatan|health|penyakit|disab|cacat|darah|blood/,
        );
        if (field.datatype === 'phone') expect(field.required, `${service.service_code}.${field.code}`).toBe(false);
      }
    }
  });

  it('leaves complaints to their own path from the start screen: no service files them, and the desk has its topics', () => {
    expect(catalog.services.filter((s) => /lapor|pengaduan|aduan/.test(`${s.service_code} ${s.group}`))).toEqual([]);
    expect(catalog.categories.map((c) => c.code)).not.toContain('pengaduan');
    expect(catalog.complaints?.topics.length).toBeGreaterThan(1);
  });

  it('gives each counter a single capital letter and every service a counter that exists', () => {
    const codes = catalog.counters.map((c) => c.code);
    expect(codes.every((c) => /^[A-Z]$/.test(c))).toBe(true);
    expect(catalog.services.every((s) => codes.includes(s.counter))).toBe(true);
  });
});

describe('the bundled announcements', () => {
  it('gives the attract screen a few short messages in both languages', () => {
    const announcements = catalog.announcements ?? [];
    expect(announcements.length).toBeGreaterThanOrEqual(2);
    expect(announcements.every((a) => filled(a.text))).toBe(true);
  });
});

describe('findService', () => {
  it('finds a service by its code and returns undefined for an unknown code', () => {
    expect(findService(catalog, 'akta-kelahiran')?.service_name.en).toBe('Birth certificate');
    expect(findService(catalog, 'no-such-service')).toBeUndefined();
  });
});
