import type { AnswerValue, Field, FieldErrorCode } from '../../preload/contract.ts';
import { checkNik, maskNik } from './nik.ts';
import { checkMobilePhone } from './phone.ts';

/** What is stored for an answer, and what may be shown back to the citizen. */
export type CheckedAnswer = { value: AnswerValue; display: string };
export type AnswerCheck = { ok: true; answer: CheckedAnswer } | { ok: false; code: FieldErrorCode };

const DEFAULT_MAX_LENGTH = { string: 200, text: 4000 } as const;
const EARLIEST_DATE = '1900-01-01';

const fail = (code: FieldErrorCode): AnswerCheck => ({ ok: false, code });
/** `display` may be a function, for a form that costs to compute and is only wanted when shown. */
const pass = (value: AnswerValue, display: string | (() => string) = String(value)): AnswerCheck => ({
  ok: true,
  answer:
    typeof display === 'string'
      ? { value, display }
      : {
          value,
          get display() {
            return display();
          },
        },
});

function isEmpty(value: AnswerValue): boolean {
  return Array.isArray(value) ? value.length === 0 : value.trim() === '';
}

/**
 * Checks one answer against its field. `today` is the kiosk's local date (YYYY-MM-DD):
 * dates the kiosk asks for (birth, death, marriage) have already happened. A field with a
 * consent question is answered only after a yes (`consented`), and then must be.
 */
export function checkAnswer(field: Field, value: AnswerValue, today: string, consented?: boolean): AnswerCheck {
  const asked = field.consent === undefined || consented === true;
  if (isEmpty(value)) {
    return field.required || (field.consent && consented) ? fail('required') : pass(Array.isArray(value) ? [] : '', '');
  }
  if (!asked) return fail('consent');
  if (field.datatype === 'multivaluelist') return checkMulti(field, value);
  if (Array.isArray(value)) return fail('choice');
  const text = value.trim();
  switch (field.datatype) {
    case 'string':
    case 'text':
      return text.length > (field.maxLength ?? DEFAULT_MAX_LENGTH[field.datatype]) ? fail('tooLong') : pass(text);
    case 'number':
      return checkNumber(field, text);
    case 'date':
      return checkDate(text, today);
    case 'datetime':
      return checkDateTime(text, today);
    case 'singlevaluelist':
      return field.values?.some((v) => v.key === text) ? pass(text) : fail('choice');
    case 'nik': {
      const result = checkNik(text);
      return 'error' in result ? fail(result.error) : pass(result.nik, maskNik(result.nik));
    }
    case 'phone': {
      const phone = checkMobilePhone(text);
      return phone ? pass(phone.e164, phone.display) : fail('phone');
    }
  }
}

function checkMulti(field: Field, value: AnswerValue): AnswerCheck {
  const keys = Array.isArray(value) ? value : [value];
  const known = new Set(field.values?.map((v) => v.key));
  if (new Set(keys).size !== keys.length || keys.some((k) => !known.has(k))) return fail('choice');
  return pass(keys, keys.join(', '));
}

/**
 * Whole numbers unless the field allows decimals. Indonesian writes the decimal with a
 * comma and groups thousands with a dot, so "2.5" is refused rather than guessed at
 * (it could mean 25 or two and a half); the canonical stored form uses a dot.
 */
function checkNumber(field: Field, text: string): AnswerCheck {
  if (/^-?\d+$/.test(text)) return inRange(field, Number(text), text);
  if (!/^-?\d+[.,]\d+$/.test(text)) return fail('number');
  if (!field.decimals) return fail('numberWhole');
  if (text.includes('.')) return fail('numberDecimalComma');
  return inRange(field, Number(text.replace(',', '.')), text);
}

function inRange(field: Field, n: number, display: string): AnswerCheck {
  if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
    return fail('numberRange');
  return pass(String(n), display.replace(/^(-?)0+(?=\d)/, '$1'));
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function checkDate(text: string, today: string): AnswerCheck {
  if (!isCalendarDate(text) || text < EARLIEST_DATE) return fail('date');
  return text > today ? fail('dateFuture') : pass(text);
}

function checkDateTime(text: string, today: string): AnswerCheck {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(text);
  if (!match) return fail('date');
  const dateCheck = checkDate(match[1]!, today);
  return dateCheck.ok ? pass(text) : dateCheck;
}
