/**
 * An SKM report as agencies publish it, built from tallies (sums and counts) that the kiosk
 * and the hub each keep per day: per element NRR and weighted NRR, the IKM and its grade,
 * respondents against the Krejcie-Morgan sample for the people served, the profile
 * breakdown, and the elements that scored lowest first. Periods are calendar months,
 * quarters, semesters and years on the local calendar.
 */
import { z } from 'zod';
import { LocalizedText } from './catalog-schema.ts';
import { computeIkm, lowestFirst, type ElementTallies } from './ikm.ts';
import { krejcieMorgan } from './sample-size.ts';
import { PROFILE, PROFILE_FIELDS, SKM_ELEMENTS, type ProfileField } from './skm-elements.ts';

export const PERIOD_KINDS = ['month', 'quarter', 'semester', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, semester: 6, year: 12 };

/** A period: its kind, year and number within the year (month 1-12, quarter 1-4, semester 1-2, year 1). */
export const Period = z
  .object({
    kind: z.enum(PERIOD_KINDS),
    year: z.number().int().min(2000).max(2200),
    number: z.number().int().min(1).max(12),
  })
  .strict()
  .refine((p) => p.number <= 12 / MONTHS_IN[p.kind], { message: 'there are not that many of these in a year' });
export type Period = z.infer<typeof Period>;

/** First and last day ('YYYY-MM-DD', both included) of a period. */
export function periodDays(period: Period): { from: string; to: string } {
  const months = MONTHS_IN[period.kind];
  const first = (period.number - 1) * months;
  const from = new Date(Date.UTC(period.year, first, 1));
  const to = new Date(Date.UTC(period.year, first + months, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** Respondents per profile value; 'notSaid' counts those who left the field empty. */
export type ProfileCounts = Record<ProfileField, Record<string, number>>;

/** Everything a report is computed from. */
export interface SkmTally {
  respondents: number;
  elements: ElementTallies;
  profile: ProfileCounts;
  /** People served in the period (requests and complaints filed), for the sample size. */
  served: number;
}

export const emptyProfile = (): ProfileCounts =>
  Object.fromEntries(
    PROFILE_FIELDS.map((field) => [field, Object.fromEntries([...PROFILE[field], 'notSaid'].map((v) => [v, 0]))]),
  ) as ProfileCounts;

const ElementResult = z
  .object({
    code: z.enum(SKM_ELEMENTS),
    answers: z.number().int().nonnegative(),
    nrr: z.number().nullable(),
    weighted: z.number().nullable(),
  })
  .strict();

/** A report as the kiosk's operator method and the hub's API answer it (schema for both). */
export const SkmReport = z
  .object({
    /** What the report covers, in words: the unit, the kiosk, the service. */
    scope: LocalizedText,
    period: Period,
    from: z.iso.date(),
    to: z.iso.date(),
    respondents: z.number().int().nonnegative(),
    /** People served in the period (requests and complaints filed). */
    served: z.number().int().nonnegative(),
    /** The Krejcie-Morgan sample for the people served. */
    sampleSize: z.number().int().nonnegative(),
    elements: z.array(ElementResult),
    /** The same elements, the lowest NRR first: what to improve. */
    lowestFirst: z.array(ElementResult),
    weight: z.number().nullable(),
    index: z.number().nullable(),
    /** The IKM converted to 25-100, two decimals. */
    ikm: z.number().nullable(),
    grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
    profile: z.array(
      z
        .object({
          field: z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]]),
          values: z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();
export type SkmReport = z.infer<typeof SkmReport>;

export function buildReport(scope: LocalizedText, period: Period, tally: SkmTally): SkmReport {
  const result = computeIkm(tally.elements);
  return {
    scope,
    period,
    ...periodDays(period),
    respondents: tally.respondents,
    served: tally.served,
    sampleSize: krejcieMorgan(tally.served),
    elements: result.elements,
    lowestFirst: lowestFirst(result),
    weight: result.weight,
    index: result.index,
    ikm: result.converted,
    grade: result.grade,
    profile: PROFILE_FIELDS.map((field) => ({
      field,
      values: [...PROFILE[field], 'notSaid'].map((value) => ({ value, count: tally.profile[field][value] ?? 0 })),
    })),
  };
}
