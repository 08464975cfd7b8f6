import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../../main/catalog/load-catalog.ts';
import { checkNik } from '../../../../main/requests/nik.ts';
import { checkAllAnswers } from '../../../../main/requests/submit-request.ts';
import { EXAMPLE_CITIZENS, exampleAnswers } from '../../../../renderer/training/example-citizens.ts';

describe('example citizens for training', () => {
  it('have NIKs that pass every check yet belong to no province (99), and names that say CONTOH', () => {
    for (const citizen of EXAMPLE_CITIZENS) {
      expect(checkNik(citizen.nik)).toEqual({ nik: citizen.nik });
      expect(citizen.nik.startsWith('99')).toBe(true);
      expect(citizen.name).toMatch(/CONTOH/);
    }
  });

  it('answer every service of the bundled catalog in a way the kiosk accepts', () => {
    const catalog = loadCatalog();
    for (const service of catalog.services) {
      for (const citizen of EXAMPLE_CITIZENS) {
        const { answers, consents } = exampleAnswers(service, citizen);
        const checked = checkAllAnswers(service, answers, '2026-03-02', consents);
        expect(checked, `${service.service_code} for ${citizen.name}`).toMatchObject({ ok: true });
      }
    }
  });
});
