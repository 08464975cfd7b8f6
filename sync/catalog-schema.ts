/**
 * The service catalog's shape: what a kiosk shows and asks, and what the hub publishes.
 * Kiosk and hub validate with these same schemas, so a catalog the hub accepts is one
 * every kiosk can load.
 */
import { z } from 'zod';

export const LANGUAGES = ['id', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Every human-readable catalog string exists in each supported language. */
export const LocalizedText = z.object({ id: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Open311 GeoReport v2 datatypes plus the kiosk's own identifier kinds. */
export const FIELD_KINDS = [
  'string',
  'text',
  'number',
  'datetime',
  'singlevaluelist',
  'multivaluelist',
  'nik',
  'phone',
  'date',
] as const;
export const FieldKind = z.enum(FIELD_KINDS);
export type FieldKind = z.infer<typeof FieldKind>;

export const FieldValue = z.object({ key: z.string().min(1), name: LocalizedText }).strict();

/** A field's code: also the key of its answer, so nothing like `__proto__` can be one. */
export const FieldCode = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and _');

export const Field = z
  .object({
    code: FieldCode,
    datatype: FieldKind,
    required: z.boolean(),
    order: z.number().int().positive(),
    description: LocalizedText,
    datatype_description: LocalizedText.optional(),
    values: z.array(FieldValue).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Number fields take whole numbers unless this allows decimals, written with a comma (2,5). */
    decimals: z.boolean().optional(),
    maxLength: z.number().int().positive().optional(),
    /**
     * Marks the answer as personal data (UU PDP) and names it for the privacy notice, e.g.
     * "Nama lengkap". NIK and phone fields are personal whether or not they say so.
     */
    personalData: LocalizedText.optional(),
    /**
     * An optional extra the citizen first agrees to with a yes/no question, e.g. "Mau dapat
     * kabar lewat SMS?"; the answer is asked (and then required) only after a yes.
     */
    consent: LocalizedText.optional(),
  })
  .strict();
export type Field = z.infer<typeof Field>;

/** The six components of a public service standard (PermenPAN-RB 15/2014). */
export const ServiceStandard = z
  .object({
    requirements: z.array(LocalizedText).min(1),
    procedure: z.array(LocalizedText).min(1),
    /**
     * The time to complete as a number, in working days (0: the same day), for deadlines and
     * "finished within the promised time"; `duration` says it to citizens in words.
     */
    promisedWorkingDays: z.number().int().min(0).max(365).optional(),
    duration: LocalizedText,
    cost: z.object({ amountIdr: z.number().int().nonnegative(), note: LocalizedText.optional() }).strict(),
    product: LocalizedText,
    complaints: LocalizedText,
  })
  .strict();
export type ServiceStandard = z.infer<typeof ServiceStandard>;

/** Retention for a service that does not set its own: a few days' margin after the hub has it; an alert after a month. */
export const DEFAULT_RETENTION = { daysAfterSync: 7, unsyncedAlertDays: 30 };

export const Service = z
  .object({
    service_code: z.string().regex(/^[a-z][a-z0-9-]*$/),
    service_name: LocalizedText,
    description: LocalizedText,
    group: z.string().min(1),
    keywords: z.string(),
    pictogram: z.string().regex(/^[a-z][a-z0-9-]*$/),
    counter: z.string().regex(/^[A-Z]$/),
    standard: ServiceStandard,
    fields: z.array(Field).min(1),
    /** How long this service's personal data stays on the kiosk; DEFAULT_RETENTION when not set. */
    retention: z
      .object({
        /** Days after the hub confirmed it has the request; then the kiosk purges the answers. */
        daysAfterSync: z.number().int().min(0).max(3650),
        /** Days after which a request the hub has still not confirmed raises an operator alert. */
        unsyncedAlertDays: z.number().int().min(1).max(3650),
      })
      .strict()
      .default(() => ({ ...DEFAULT_RETENTION })),
  })
  .strict();
export type Service = z.infer<typeof Service>;

export const Category = z
  .object({ code: z.string().min(1), name: LocalizedText, pictogram: z.string().regex(/^[a-z][a-z0-9-]*$/) })
  .strict();
export type Category = z.infer<typeof Category>;

export const Counter = z.object({ code: z.string().regex(/^[A-Z]$/), name: LocalizedText }).strict();
export type Counter = z.infer<typeof Counter>;

/** A message the attract screen rotates through, with an optional bundled pictogram. */
export const Announcement = z
  .object({
    text: LocalizedText,
    pictogram: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
  })
  .strict();
export type Announcement = z.infer<typeof Announcement>;

/**
 * What a citizen is told before the first personal question (UU PDP, Law 27/2022): why the
 * data is collected, who sees it, their rights and whom to ask. What is collected comes
 * from the service's fields and how long it is kept from its retention. The version is
 * stored with every request, so the agency can show which notice a citizen saw.
 */
export const PrivacyNotice = z
  .object({
    version: z.string().min(1).max(40),
    purpose: LocalizedText,
    recipients: LocalizedText,
    rights: LocalizedText,
    contact: LocalizedText,
  })
  .strict();
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;

/** A topic of complaints, with narrower topics under it: the citizen picks one with no topics under it. */
export interface ComplaintTopic {
  code: string;
  name: LocalizedText;
  pictogram?: string;
  topics?: ComplaintTopic[];
}
export const ComplaintTopic: z.ZodType<ComplaintTopic> = z.lazy(() =>
  z
    .object({
      code: z.string().regex(/^[a-z][a-z0-9-]*$/),
      name: LocalizedText,
      pictogram: z
        .string()
        .regex(/^[a-z][a-z0-9-]*$/)
        .optional(),
      topics: z.array(ComplaintTopic).min(1).optional(),
    })
    .strict(),
);

/**
 * Complaints, aspirations and information requests (SP4N-LAPOR!), filed from the start
 * screen: the agency's topic tree, how long a report may be, and how long a named
 * reporter's details stay on the kiosk.
 */
export const ComplaintDesk = z
  .object({
    topics: z.array(ComplaintTopic).min(1),
    /** The most characters a citizen may type; the screen counts down to it. */
    maxLength: z.number().int().min(100).max(4000),
    /** How long a named reporter's details stay on the kiosk, as a service's do. */
    retention: Service.shape.retention,
  })
  .strict();
export type ComplaintDesk = z.infer<typeof ComplaintDesk>;

export const Catalog = z
  .object({
    agency: LocalizedText,
    /** Required as soon as any service asks for personal data (catalog-check.ts). */
    privacy: PrivacyNotice.optional(),
    announcements: z.array(Announcement).optional(),
    categories: z.array(Category).min(1),
    counters: z.array(Counter).min(1),
    services: z.array(Service).min(1),
    /** Absent: the kiosk offers no complaints. */
    complaints: ComplaintDesk.optional(),
  })
  .strict();
export type Catalog = z.infer<typeof Catalog>;
