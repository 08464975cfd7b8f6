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
  })
  .strict();
export type Field = z.infer<typeof Field>;

/** The six components of a public service standard (PermenPAN-RB 15/2014). */
export const ServiceStandard = z
  .object({
    requirements: z.array(LocalizedText).min(1),
    procedure: z.array(LocalizedText).min(1),
    duration: LocalizedText,
    cost: z.object({ amountIdr: z.number().int().nonnegative(), note: LocalizedText.optional() }).strict(),
    product: LocalizedText,
    complaints: LocalizedText,
  })
  .strict();
export type ServiceStandard = z.infer<typeof ServiceStandard>;

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

export const Catalog = z
  .object({
    agency: LocalizedText,
    announcements: z.array(Announcement).optional(),
    categories: z.array(Category).min(1),
    counters: z.array(Counter).min(1),
    services: z.array(Service).min(1),
  })
  .strict();
export type Catalog = z.infer<typeof Catalog>;
