/**
 * A partner's `attribute[code]` answers checked against the service's fields, so that what
 * enters the inbox is what a kiosk would have accepted in shape: every required field, only
 * known fields, list answers from the field's values, numbers, dates and lengths in range.
 * The first problem is named in one sentence.
 */
import type { Field, Service } from '../../sync/catalog-schema.ts';
import { GeoReportError } from './georeport-error.ts';

export type Answers = Record<string, string | string[]>;

const refuse = (field: string, problem: string) =>
  new GeoReportError(400, `attribute[${field}] ${problem}; see the service definition for what it takes.`);

function checkOne(field: Field, value: string): string {
  const text = value.trim();
  switch (field.datatype) {
    case 'number': {
      const n = Number(text.replace(',', '.'));
      if (!Number.isFinite(n) || text === '') throw refuse(field.code, 'is not a number');
      if (!field.decimals && !Number.isInteger(n)) throw refuse(field.code, 'must be a whole number');
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
        throw refuse(field.code, `must be from ${field.min ?? '…'} to ${field.max ?? '…'}`);
      }
      return text;
    }
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
        throw refuse(field.code, 'is not a date written YYYY-MM-DD');
      }
      return text;
    case 'datetime':
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || !Date.parse(text)) {
        throw refuse(field.code, 'is not an ISO 8601 time with its zone');
      }
      return text;
    case 'nik':
      if (!/^\d{16}$/.test(text)) throw refuse(field.code, 'is not a NIK of 16 digits');
      return text;
    case 'phone': {
      const digits = text.replace(/[\s.-]/g, '');
      if (!/^(\+62|0)8\d{8,11}$/.test(digits)) throw refuse(field.code, 'is not a mobile number (+62 or 0, then 8…)');
      return digits.replace(/^0/, '+62');
    }
    case 'singlevaluelist':
    case 'multivaluelist':
      if (!field.values?.some((v) => v.key === text)) throw refuse(field.code, `has no value with key "${text}"`);
      return text;
    default:
      if (field.datatype === 'string' && /[\r\n]/.test(text)) throw refuse(field.code, 'must be one line');
      if (text.length > (field.maxLength ?? 4000)) {
        throw refuse(field.code, `is longer than ${field.maxLength ?? 4000} characters`);
      }
      return text;
  }
}

export function checkAnswers(service: Service, given: Answers): Answers {
  const fields = new Map(service.fields.map((f) => [f.code, f]));
  for (const code of Object.keys(given)) {
    if (!fields.has(code)) throw refuse(code, `is not a field of service ${service.service_code}`);
  }
  const answers: Answers = {};
  for (const field of service.fields) {
    const raw = given[field.code];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v.trim() !== '');
    if (values.length === 0) {
      if (field.required) throw refuse(field.code, 'is required');
      continue;
    }
    if (values.length > 1 && field.datatype !== 'multivaluelist') throw refuse(field.code, 'takes one value');
    const checked = values.map((v) => checkOne(field, v));
    answers[field.code] = field.datatype === 'multivaluelist' ? [...new Set(checked)] : checked[0]!;
  }
  return answers;
}
