import { describe, expect, it } from 'vitest';
import { computeIkm, emptyTallies, gradeOf, lowestFirst, twoDecimals, type ElementTallies } from '../../../sync/ikm.ts';
import { krejcieMorgan } from '../../../sync/sample-size.ts';
import { SKM_ELEMENTS, type ElementCode } from '../../../sync/skm-elements.ts';
import { periodDays } from '../../../sync/skm-report.ts';

/** Tallies of whole questionnaires: each row scores U1..U9 in code order, null for a skip. */
function tally(rows: Array<Array<number | null>>): ElementTallies {
  const tallies = emptyTallies();
  for (const row of rows) {
    SKM_ELEMENTS.forEach((code, i) => {
      const score = row[i];
      if (score === null || score === undefined) return;
      tallies[code].sum += score;
      tallies[code].answers += 1;
    });
  }
  return tallies;
}

/** Every element with the same NRR, sum/answers, so the converted IKM is exactly 25 x sum/answers. */
function everyElement(sum: number, answers: number): ElementTallies {
  return Object.fromEntries(SKM_ELEMENTS.map((code) => [code, { sum, answers }])) as ElementTallies;
}

describe('IKM (PermenPAN-RB 14/2017)', () => {
  it('gives a perfect survey 100.00, not the 99.90 a weight of 0.111 gives', () => {
    const result = computeIkm(tally([[4, 4, 4, 4, 4, 4, 4, 4, 4]]));
    expect(result.weight).toBe(1 / 9);
    expect(result.converted).toBe(100);
    expect(result.grade).toBe('A');
    // What the rounded weight would have said:
    expect(twoDecimals(9 * 4 * 0.111 * 25)).toBe(99.9);
  });

  it('divides each element by the answers it got: a skipped cost element is not a zero', () => {
    // Two respondents: one skipped U4 (a free service) and gave 4 everywhere else, one gave 3 everywhere.
    const result = computeIkm(
      tally([
        [4, 4, 4, null, 4, 4, 4, 4, 4],
        [3, 3, 3, 3, 3, 3, 3, 3, 3],
      ]),
    );
    const u4 = result.elements.find((e) => e.code === 'U4')!;
    expect(u4).toMatchObject({ answers: 1, nrr: 3 });
    expect(result.elements.find((e) => e.code === 'U1')).toMatchObject({ answers: 2, nrr: 3.5 });
    // (8 x 3.5 + 3) / 9 x 25 = 86.11; counting the skip as 0 would give 81.94.
    expect(result.converted).toBe(86.11);
    expect(result.grade).toBe('B');
    expect(u4.weighted).toBeCloseTo(3 / 9, 12);
  });

  it.each([
    [88.31, 35324, 'A'],
    [88.3, 35320, 'B'],
    [76.61, 30644, 'B'],
    [76.6, 30640, 'C'],
    [65, 26000, 'C'],
    [64.99, 25996, 'D'],
  ] as const)('puts %s in band %s at the band edges', (converted, sum, grade) => {
    const result = computeIkm(everyElement(sum, 10000));
    expect(result.converted).toBe(converted);
    expect(result.grade).toBe(grade);
    expect(gradeOf(converted)).toBe(grade);
  });

  it('bands on the value shown with two decimals', () => {
    expect(gradeOf(88.305)).toBe('A');
    expect(gradeOf(88.3049)).toBe('B');
    expect(gradeOf(25)).toBe('D');
  });

  it('leaves out an element nobody answered, and the others share its weight', () => {
    const result = computeIkm(tally([[3, 3, 3, null, 3, 3, 3, 3, 3]]));
    expect(result.weight).toBe(1 / 8);
    expect(result.converted).toBe(75);
    expect(computeIkm(emptyTallies())).toMatchObject({ index: null, converted: null, grade: null });
  });

  it('lists the lowest elements first, by code on a tie, unanswered last', () => {
    const tallies = tally([[3, 2, 4, null, 2, 4, 4, 1, 3]]);
    expect(lowestFirst(computeIkm(tallies)).map((e) => e.code)).toEqual<ElementCode[]>([
      'U8',
      'U2',
      'U5',
      'U1',
      'U9',
      'U3',
      'U6',
      'U7',
      'U4',
    ]);
  });

  /**
   * A published report: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tulang Bawang Barat,
   * "Pengolahan data survei kepuasan masyarakat per responden dan per unsur pelayanan, tahun
   * 2023 semester 1" (https://e-smile.tubaba.go.id/main/skm/laporan/online). Per element U1-U9:
   * sum 4, NRR 4, weighted NRR 0.44; published IKM 100 (Sangat Baik). The page says it weights
   * with 0,111, yet publishes 100: only the exact ninth gives that (0.111 gives 99.90).
   */
  it('reproduces the Tulang Bawang Barat civil registry report of 2023 semester 1', () => {
    const result = computeIkm(tally([[4, 4, 4, 4, 4, 4, 4, 4, 4]]));
    for (const element of result.elements) {
      expect(element).toMatchObject({ answers: 1, nrr: 4 });
      expect(twoDecimals(element.weighted!)).toBe(0.44);
    }
    expect(result.converted).toBe(100);
    expect(result.grade).toBe('A');
  });
});

describe('Krejcie-Morgan sample size', () => {
  it.each([
    [100, 80],
    [500, 217],
    [1000, 278],
    [5000, 357],
    [10000, 370],
    [100000, 384],
    [5_000_000, 384],
    [7, 7],
    [0, 0],
    [101, 86],
  ])('asks %s people served for %s respondents', (population, sample) => {
    expect(krejcieMorgan(population)).toBe(sample);
  });
});

describe('report periods', () => {
  it.each([
    [{ kind: 'month', year: 2024, number: 2 }, '2024-02-01', '2024-02-29'],
    [{ kind: 'quarter', year: 2026, number: 4 }, '2026-10-01', '2026-12-31'],
    [{ kind: 'semester', year: 2026, number: 1 }, '2026-01-01', '2026-06-30'],
    [{ kind: 'year', year: 2026, number: 1 }, '2026-01-01', '2026-12-31'],
  ] as const)('%o runs from %s to %s', (period, from, to) => {
    expect(periodDays(period)).toEqual({ from, to });
  });
});
