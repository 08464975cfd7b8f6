import { describe, expect, it } from 'vitest';
import type { Field } from '../../../preload/contract.ts';
import { checkAnswer } from '../../../main/requests/validate-answer.ts';

const text = { id: 'x', en: 'x' };
const field = (over: Partial<Field>): Field => ({
  code: 'f',
  datatype: 'string',
  required: true,
  order: 1,
  description: text,
  ...over,
});
const TODAY = '2026-11-27';
const values = [
  { key: 'a', name: text },
  { key: 'b', name: text },
];

describe('checkAnswer', () => {
  it('requires required answers and lets optional ones stay empty', () => {
    expect(checkAnswer(field({}), '  ', TODAY)).toEqual({ ok: false, code: 'required' });
    expect(checkAnswer(field({ required: false }), '', TODAY)).toEqual({
      ok: true,
      answer: { value: '', display: '' },
    });
  });

  it('limits text length', () => {
    expect(checkAnswer(field({ maxLength: 5 }), 'abcdef', TODAY)).toEqual({ ok: false, code: 'tooLong' });
    expect(checkAnswer(field({ datatype: 'text' }), 'a'.repeat(4001), TODAY)).toEqual({ ok: false, code: 'tooLong' });
    expect(checkAnswer(field({}), ' Jl. Merdeka 5 ', TODAY)).toMatchObject({
      ok: true,
      answer: { value: 'Jl. Merdeka 5' },
    });
  });

  it('takes whole numbers only, unless the field allows decimals, and checks the range', () => {
    const n = field({ datatype: 'number', min: 1, max: 20 });
    expect(checkAnswer(n, '3', TODAY)).toMatchObject({ ok: true, answer: { value: '3' } });
    expect(checkAnswer(n, '2,5', TODAY)).toEqual({ ok: false, code: 'numberWhole' });
    expect(checkAnswer(n, '2.5', TODAY)).toEqual({ ok: false, code: 'numberWhole' });
    expect(checkAnswer(n, 'dua', TODAY)).toEqual({ ok: false, code: 'number' });
    expect(checkAnswer(n, '21', TODAY)).toEqual({ ok: false, code: 'numberRange' });
    const area = field({ datatype: 'number', min: 1, max: 20, decimals: true });
    expect(checkAnswer(area, '2,5', TODAY)).toEqual({ ok: true, answer: { value: '2.5', display: '2,5' } });
    // In Indonesian a dot groups thousands: "2.5" could be 25 or two and a half, so it is not guessed.
    expect(checkAnswer(area, '2.5', TODAY)).toEqual({ ok: false, code: 'numberDecimalComma' });
  });

  it('accepts real past dates only', () => {
    const d = field({ datatype: 'date' });
    expect(checkAnswer(d, '1987-03-14', TODAY)).toMatchObject({ ok: true });
    expect(checkAnswer(d, '2026-11-27', TODAY)).toMatchObject({ ok: true });
    expect(checkAnswer(d, '1987-02-30', TODAY)).toEqual({ ok: false, code: 'date' });
    expect(checkAnswer(d, '2026-11-28', TODAY)).toEqual({ ok: false, code: 'dateFuture' });
    expect(checkAnswer(d, '14/03/1987', TODAY)).toEqual({ ok: false, code: 'date' });
  });

  it('accepts only listed choices', () => {
    expect(checkAnswer(field({ datatype: 'singlevaluelist', values }), 'b', TODAY)).toMatchObject({ ok: true });
    expect(checkAnswer(field({ datatype: 'singlevaluelist', values }), 'c', TODAY)).toEqual({
      ok: false,
      code: 'choice',
    });
    const multi = field({ datatype: 'multivaluelist', values });
    expect(checkAnswer(multi, ['a', 'b'], TODAY)).toMatchObject({ ok: true, answer: { value: ['a', 'b'] } });
    expect(checkAnswer(multi, ['a', 'a'], TODAY)).toEqual({ ok: false, code: 'choice' });
    expect(checkAnswer(multi, ['z'], TODAY)).toEqual({ ok: false, code: 'choice' });
  });

  it('stores the full NIK but shows it masked, and stores phones as E.164', () => {
    expect(checkAnswer(field({ datatype: 'nik' }), '3273011708850001', TODAY)).toEqual({
      ok: true,
      answer: { value: '3273011708850001', display: '************0001' },
    });
    expect(checkAnswer(field({ datatype: 'phone' }), '0812 3456 7890', TODAY)).toEqual({
      ok: true,
      answer: { value: '+6281234567890', display: '+62 812 3456 7890' },
    });
    expect(checkAnswer(field({ datatype: 'phone' }), '0215551234', TODAY)).toEqual({ ok: false, code: 'phone' });
  });
});
