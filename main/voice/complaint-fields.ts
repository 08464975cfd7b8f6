/**
 * A complaint's questions as catalog fields, so each answer is checked by the same rules as
 * a request's (validate-answer.ts): the text with the catalog's length limit, an optional
 * place and date, and a named reporter's NIK, name and mobile number.
 */
import type { ComplaintDesk, Field } from '../../preload/contract.ts';
import type { ComplaintField } from '../../preload/voice-contract.ts';

/** The fields' descriptions are never shown (the renderer words its own screens); they name the field in a check's message. */
const named = (id: string, en: string) => ({ id, en });

export function complaintFields(desk: ComplaintDesk): Record<ComplaintField, Field> {
  return {
    text: {
      code: 'text',
      datatype: 'text',
      required: true,
      order: 1,
      maxLength: desk.maxLength,
      description: named('Isi laporan', 'What the report says'),
      personalData: named('Isi laporan', 'What the report says'),
    },
    place: {
      code: 'place',
      datatype: 'string',
      required: false,
      order: 2,
      maxLength: 200,
      description: named('Tempat kejadian', 'Where it happened'),
    },
    happenedOn: {
      code: 'happened_on',
      datatype: 'date',
      required: false,
      order: 3,
      description: named('Tanggal kejadian', 'When it happened'),
    },
    nik: { code: 'nik', datatype: 'nik', required: true, order: 4, description: named('NIK', 'NIK') },
    name: {
      code: 'name',
      datatype: 'string',
      required: true,
      order: 5,
      maxLength: 100,
      description: named('Nama lengkap', 'Full name'),
      personalData: named('Nama lengkap', 'Full name'),
    },
    phone: {
      code: 'phone',
      datatype: 'phone',
      required: true,
      order: 6,
      description: named('Nomor HP', 'Mobile number'),
    },
  };
}
