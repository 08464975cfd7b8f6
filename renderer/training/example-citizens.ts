/**
 * Example citizens for training and digital-literacy classes, filled in with one tap. Their
 * NIKs pass every check the kiosk makes (shape, birth date, serial) but start with 99, a
 * province code no region has, and their names say CONTOH: nobody takes them for a person.
 */
import type { Answers, Field, Service } from '../../preload/contract';

export interface ExampleCitizen {
  name: string;
  nik: string;
  /** YYYY-MM-DD, the same date the NIK carries. */
  born: string;
  phone: string;
  address: string;
}

export const EXAMPLE_CITIZENS: readonly ExampleCitizen[] = [
  {
    name: 'BUDI CONTOH',
    nik: '9901011503800001',
    born: '1980-03-15',
    phone: '081200000001',
    address: 'JL. CONTOH NO. 1, RT 01/RW 01',
  },
  // A woman: 40 is added to her birth day in the NIK.
  {
    name: 'SITI CONTOH',
    nik: '9901016207920002',
    born: '1992-07-22',
    phone: '081200000002',
    address: 'JL. LATIHAN NO. 2, RT 02/RW 03',
  },
  {
    name: 'AHMAD CONTOH',
    nik: '9901010101550003',
    born: '1955-01-01',
    phone: '081200000003',
    address: 'GG. PELATIHAN NO. 3, RT 04/RW 02',
  },
];

function exampleValue(field: Field, citizen: ExampleCitizen): Answers[string] | undefined {
  switch (field.datatype) {
    case 'nik':
      return citizen.nik;
    case 'phone':
      return citizen.phone;
    case 'date':
      return citizen.born;
    case 'datetime':
      return `${citizen.born}T09:00`;
    case 'number':
      return String(Math.max(field.min ?? 1, 1));
    case 'singlevaluelist':
      return field.values?.[0]?.key;
    case 'multivaluelist':
      return field.values?.[0] ? [field.values[0].key] : undefined;
    case 'string':
    case 'text': {
      const text = /nama|name/.test(field.code)
        ? citizen.name
        : /alamat|lokasi|address/.test(field.code)
          ? citizen.address
          : 'CONTOH';
      return text.slice(0, field.maxLength ?? text.length);
    }
  }
}

/** The example citizen's answers to a service's questions, each optional extra answered with yes. */
export function exampleAnswers(
  service: Service,
  citizen: ExampleCitizen,
): { answers: Answers; consents: Record<string, boolean> } {
  const answers: Answers = {};
  const consents: Record<string, boolean> = {};
  for (const field of service.fields) {
    const value = exampleValue(field, citizen);
    if (value !== undefined) answers[field.code] = value;
    if (field.consent) consents[field.code] = true;
  }
  return { answers, consents };
}
