/**
 * The satisfaction index (IKM) of PermenPAN-RB 14/2017, as pure functions, so the kiosk and
 * the hub compute it alike.
 *
 * - NRR of an element = the sum of its scores / the number of scores given for it. A skipped
 *   answer (the cost element of a free service) is not a zero: it is not counted at all.
 * - Weighted NRR = NRR x 1/9. The regulation prints the weight as 0.11 and spreadsheets often
 *   use 0.111; with either a perfect survey scores 99.90 instead of 100.00, and published
 *   results (which agencies compute with the exact ninth) are not reproduced. The weight is
 *   1 / the number of elements, so an element nobody answered is left out and the others
 *   share its weight; with all nine answered it is exactly 1/9.
 * - IKM of the unit = the sum of the weighted NRRs (1 to 4); converted = IKM x 25 (25 to 100),
 *   shown with two decimals and banded on the value shown.
 */
import type { LocalizedText } from './catalog-schema.ts';
import { SKM_ELEMENTS, type ElementCode } from './skm-elements.ts';

/** The scores given for one element: their sum and how many there were. */
export interface ElementTally {
  sum: number;
  answers: number;
}
export type ElementTallies = Record<ElementCode, ElementTally>;

export const emptyTallies = (): ElementTallies =>
  Object.fromEntries(SKM_ELEMENTS.map((code) => [code, { sum: 0, answers: 0 }])) as ElementTallies;

export interface ElementResult {
  code: ElementCode;
  answers: number;
  /** Null when nobody answered it. */
  nrr: number | null;
  weighted: number | null;
}

export type Grade = 'A' | 'B' | 'C' | 'D';

export interface IkmResult {
  elements: ElementResult[];
  /** The weight each answered element got: exactly 1/9 when all nine were answered. */
  weight: number | null;
  /** Sum of weighted NRRs, 1 to 4; null without any answer. */
  index: number | null;
  /** index x 25, rounded to two decimals as published; null without any answer. */
  converted: number | null;
  grade: Grade | null;
}

/** Mutu pelayanan and kinerja unit pelayanan for each grade. */
export const GRADE_NAMES: Record<Grade, LocalizedText> = {
  A: { id: 'Sangat Baik', en: 'Very good' },
  B: { id: 'Baik', en: 'Good' },
  C: { id: 'Kurang Baik', en: 'Not good enough' },
  D: { id: 'Tidak Baik', en: 'Poor' },
};

/** Two decimals, half away from zero, without binary fractions tipping a value like 88.305 the wrong way. */
export function twoDecimals(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/** The band of a converted value as published (two decimals): A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99. */
export function gradeOf(converted: number): Grade {
  const shown = twoDecimals(converted);
  if (shown >= 88.31) return 'A';
  if (shown >= 76.61) return 'B';
  if (shown >= 65) return 'C';
  return 'D';
}

export function computeIkm(tallies: ElementTallies): IkmResult {
  const answered = SKM_ELEMENTS.filter((code) => tallies[code].answers > 0);
  const weight = answered.length > 0 ? 1 / answered.length : null;
  const elements = SKM_ELEMENTS.map((code): ElementResult => {
    const { sum, answers } = tallies[code];
    const nrr = answers > 0 ? sum / answers : null;
    return { code, answers, nrr, weighted: nrr === null || weight === null ? null : nrr * weight };
  });
  if (answered.length === 0) return { elements, weight, index: null, converted: null, grade: null };
  // Summed first and divided once: the exact ninth, with no rounding on the way.
  const nrrSum = answered.reduce((total, code) => total + tallies[code].sum / tallies[code].answers, 0);
  const index = nrrSum / answered.length;
  const converted = twoDecimals(index * 25);
  return { elements, weight, index, converted, grade: gradeOf(converted) };
}

/** The elements that scored lowest first (what to improve), unanswered ones last, ties by code. */
export function lowestFirst(result: IkmResult): ElementResult[] {
  return [...result.elements].sort((a, b) => {
    if (a.nrr === null || b.nrr === null) return a.nrr === null ? (b.nrr === null ? 0 : 1) : -1;
    return a.nrr - b.nrr || a.code.localeCompare(b.code);
  });
}
