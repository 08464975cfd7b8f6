/**
 * The citizen's voice as kiosk events: a complaint, aspiration or information request
 * (LAPOR! types) and an answered satisfaction survey (SKM). events.ts lists them with the
 * other known kinds.
 */
import { z } from 'zod';
import { Language, LocalizedText } from './catalog-schema.ts';
import { ComplaintType, Identity } from './complaint-stages.ts';
import { TrackingCode } from './identifiers.ts';
import { PROFILE, SKM_ELEMENTS } from './skm-elements.ts';

const ZonedTime = z.iso.datetime({ offset: true });
const TopicCode = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** Who filed a named or confidential complaint; an anonymous one has none. */
export const Reporter = z
  .object({
    nik: z.string().regex(/^\d{16}$/),
    name: z.string().min(1).max(200),
    /** E.164. */
    phone: z.string().regex(/^\+\d{8,15}$/),
  })
  .strict();
export type Reporter = z.infer<typeof Reporter>;

export const ComplaintFiled = z
  .object({
    trackingCode: TrackingCode,
    type: ComplaintType,
    /** The topic chosen, its path in the catalog's tree: ["jalan", "lampu-jalan"]. */
    topic: z.array(TopicCode).min(1).max(4),
    /** The topic's names along that path as the citizen saw them, kept in case the catalog changes. */
    topicNames: z.array(LocalizedText).min(1).max(4),
    text: z.string().min(1).max(4000),
    place: z.string().min(1).max(200).nullable(),
    happenedOn: z.iso.date().nullable(),
    identity: Identity,
    reporter: Reporter.nullable(),
    language: Language,
    filedAt: ZonedTime,
    /** The kiosk's calendar day of filing, from which the LAPOR! deadlines count. */
    filedOn: z.iso.date(),
    catalogVersion: z.string().min(1).max(40).nullable(),
    noticeVersion: z.string().min(1).max(40).nullable(),
  })
  .strict()
  .refine((c) => (c.identity === 'anonymous') === (c.reporter === null), {
    message: 'an anonymous complaint has no reporter, and a named or confidential one has one',
    path: ['reporter'],
  });
export type ComplaintFiled = z.infer<typeof ComplaintFiled>;

const Score = z.number().int().min(1).max(4).nullable();
const profileValue = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();

export const SurveyAnswered = z
  .object({
    answeredAt: ZonedTime,
    /** The kiosk's calendar day, which reports count by. */
    answeredOn: z.iso.date(),
    /** The tracking code the survey is about (typed, scanned, or the request just filed); null without one. */
    aboutCode: TrackingCode.nullable(),
    /** The service it is about; 'lapor' for a complaint; null when the citizen did not say. */
    serviceCode: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .nullable(),
    language: Language,
    scores: z.object(
      Object.fromEntries(SKM_ELEMENTS.map((code) => [code, Score])) as Record<
        (typeof SKM_ELEMENTS)[number],
        typeof Score
      >,
    ),
    profile: z
      .object({
        sex: profileValue(PROFILE.sex),
        ageBand: profileValue(PROFILE.ageBand),
        education: profileValue(PROFILE.education),
        occupation: profileValue(PROFILE.occupation),
      })
      .strict(),
    suggestion: z.string().min(1).max(500).nullable(),
  })
  .strict();
export type SurveyAnswered = z.infer<typeof SurveyAnswered>;
