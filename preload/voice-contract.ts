/**
 * The citizen's voice across the main/renderer boundary: complaints, aspirations and
 * information requests (SP4N-LAPOR!) and the satisfaction survey (SKM), with the operator's
 * own SKM report. contract.ts joins these methods to the others.
 */
import { z } from 'zod';
import { Language, LocalizedText } from '../sync/catalog-schema.ts';
import { ComplaintStage, ComplaintType, Identity } from '../sync/complaint-stages.ts';
import { Period, SkmReport } from '../sync/skm-report.ts';
import { PROFILE, SKM_ELEMENTS } from '../sync/skm-elements.ts';
import type { PrinterState } from './contract.ts';

export { COMPLAINT_STAGES, COMPLAINT_TYPES, IDENTITIES } from '../sync/complaint-stages.ts';
export type { ComplaintStage, ComplaintType, Identity } from '../sync/complaint-stages.ts';
export { SKM_ELEMENTS, COST_ELEMENT, PROFILE, PROFILE_FIELDS } from '../sync/skm-elements.ts';
export type { ElementCode, Profile, ProfileField } from '../sync/skm-elements.ts';
export { PERIOD_KINDS } from '../sync/skm-report.ts';
export type { Period, PeriodKind, SkmReport } from '../sync/skm-report.ts';

/** What a complaint asks, each checked by the kiosk as it is answered. */
export const COMPLAINT_FIELDS = ['text', 'place', 'happenedOn', 'nik', 'name', 'phone'] as const;
export const ComplaintField = z.enum(COMPLAINT_FIELDS);
export type ComplaintField = z.infer<typeof ComplaintField>;

const TopicPath = z
  .array(
    z
      .string()
      .max(64)
      .regex(/^[a-z][a-z0-9-]*$/),
  )
  .min(1)
  .max(4);

export const NewComplaint = z
  .object({
    type: ComplaintType,
    topic: TopicPath,
    text: z.string().max(4000),
    place: z.string().max(200).nullable(),
    happenedOn: z.string().max(10).nullable(),
    identity: Identity,
    /** Only for named and confidential complaints. */
    reporter: z
      .object({ nik: z.string().max(32), name: z.string().max(200), phone: z.string().max(32) })
      .strict()
      .nullable(),
    language: Language,
    /** The privacy notice shown before the reporter's details; null for an anonymous complaint. */
    noticeVersion: z.string().max(40).nullable(),
    catalogVersion: z.string().max(40).nullable().optional(),
  })
  .strict();
export type NewComplaint = z.infer<typeof NewComplaint>;

/**
 * What a filed complaint answers: its code, its QR code and first deadline. Made with the
 * contract's printer schema, passed in, as contract.ts imports this file.
 */
function complaintReceipt(printer: z.ZodType<PrinterState>) {
  return z
    .object({
      /** Grouped for reading, as printed. */
      trackingCode: z.string(),
      filedAt: z.string(),
      /** The last day the agency verifies it (3 working days). */
      verifyBy: z.string(),
      /** What the receipt's QR code carries (the bare tracking code): the result screen draws the same code. */
      qr: z.string(),
      printer,
    })
    .strict();
}
export type ComplaintReceipt = z.infer<ReturnType<typeof complaintReceipt>>;

/** A complaint as its status lookup shows it: its type and topic and where LAPOR! stands, nothing personal. */
export const ComplaintStatus = z
  .object({
    type: ComplaintType,
    topicNames: z.array(LocalizedText),
    identity: Identity,
    filedOn: z.string(),
    stage: ComplaintStage,
    /** When the agency moved it to this stage; null while it is as filed. */
    stageAt: z.string().nullable(),
    /** What the citizen waits for next and by which day (complaint-stages.ts). */
    next: z
      .object({ step: z.enum(['verify', 'answer', 'close']), by: z.string() })
      .strict()
      .nullable(),
  })
  .strict();
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;

const Score = z.number().int().min(1).max(4).nullable();
const profileValue = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();

export const SurveyScores = z
  .object(
    Object.fromEntries(SKM_ELEMENTS.map((code) => [code, Score])) as Record<
      (typeof SKM_ELEMENTS)[number],
      typeof Score
    >,
  )
  .strict();
export type SurveyScores = z.infer<typeof SurveyScores>;

export const SurveyProfile = z
  .object({
    sex: profileValue(PROFILE.sex),
    ageBand: profileValue(PROFILE.ageBand),
    education: profileValue(PROFILE.education),
    occupation: profileValue(PROFILE.occupation),
  })
  .strict();

export const NewSurvey = z
  .object({
    /** The tracking code it is about (typed, scanned, or just filed); null: answered without one. */
    aboutCode: z.string().max(32).nullable(),
    serviceCode: z.string().max(64).nullable(),
    language: Language,
    scores: SurveyScores,
    profile: SurveyProfile,
    suggestion: z.string().max(500).nullable(),
  })
  .strict();
export type NewSurvey = z.infer<typeof NewSurvey>;

/** The voice methods, joined to the contract with its printer schema; skm.* are operator methods. */
export const voiceContract = (printer: z.ZodType<PrinterState>) => ({
  /** One answer of a complaint, checked as the request questions are: the display comes back (a NIK masked). */
  'complaints.checkAnswer': {
    input: z.object({ field: ComplaintField, value: z.string().max(4000) }).strict(),
    output: z.object({ display: z.string() }).strict(),
  },
  'complaints.submit': { input: NewComplaint, output: complaintReceipt(printer) },
  /** A code typed or scanned before a survey: what it was for, and whether its service is free (cost may be skipped). */
  'survey.lookup': {
    input: z.object({ trackingCode: z.string().max(32) }).strict(),
    output: z.object({ trackingCode: z.string(), serviceCode: z.string().nullable(), free: z.boolean() }).strict(),
  },
  'survey.submit': { input: NewSurvey, output: z.object({ answeredAt: z.string() }).strict() },
  /** The kiosk's own SKM report for a period, of one service or (null) all. */
  'skm.report': {
    input: z.object({ period: Period, serviceCode: z.string().max(64).nullable() }).strict(),
    output: SkmReport,
  },
  /** The same report as a file: CSV, or PDF in the layout agencies publish (base64). */
  'skm.export': {
    input: z
      .object({
        period: Period,
        serviceCode: z.string().max(64).nullable(),
        format: z.enum(['csv', 'pdf']),
        language: Language,
      })
      .strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), base64: z.string() }).strict(),
  },
});

export const VOICE_OPERATOR_METHODS = ['skm.report', 'skm.export'] as const;
