/**
 * What flows from the hub to one kiosk: status changes of that kiosk's requests, the
 * current catalog, the hub's announcements and the kiosk's settings. The kiosk keeps the
 * cursor of the last page it applied and sends it back; every page is safe to apply twice.
 */
import { z } from 'zod';
import { Announcement, LocalizedText } from './catalog-schema.ts';
import { TrackingCode } from './identifiers.ts';
import { ZonedTime } from './events.ts';
import { COMPLAINT_STAGES } from './complaint-stages.ts';
import { StaffRoster } from './staff-roster.ts';

export const REQUEST_STATUSES = ['received', 'processing', 'ready', 'done', 'rejected'] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** A request moves forward along this line, may skip steps, and may be rejected until done. */
const ORDER: Record<RequestStatus, number> = { received: 0, processing: 1, ready: 2, done: 3, rejected: 3 };

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  if (from === 'done' || from === 'rejected') return false;
  return to === 'rejected' || ORDER[to] > ORDER[from];
}

export const StatusChange = z
  .object({
    /** Rises by one with each change to any of this kiosk's requests. */
    position: z.number().int().positive(),
    trackingCode: TrackingCode,
    /** A request's status, or a complaint's LAPOR! stage (complaint-stages.ts). */
    status: z.enum([...new Set([...REQUEST_STATUSES, ...COMPLAINT_STAGES])] as [string, ...string[]]),
    changedAt: ZonedTime,
    /** For the citizen, in both languages; always present when the status is rejected. */
    note: LocalizedText.nullable(),
  })
  .strict();
export type StatusChange = z.infer<typeof StatusChange>;

/** The catalog as published; the kiosk checks it with validateCatalog before applying it. */
export const CatalogRelease = z.object({ version: z.string(), catalog: z.unknown() }).strict();
export type CatalogRelease = z.infer<typeof CatalogRelease>;

export const Announcements = z
  .object({ version: z.number().int().nonnegative(), items: z.array(Announcement) })
  .strict();
export type Announcements = z.infer<typeof Announcements>;

/**
 * Settings the hub keeps for one kiosk. Unknown keys are dropped when read, so a hub that
 * learns new settings does not break older kiosks.
 */
export const KioskSettingsValues = z.object({
  name: z.string().min(1).max(60),
  serviceUnit: z.string().min(1).max(120),
  address: z.string().min(1).max(300),
  timeZone: z.string().min(1).max(60).optional(),
  heartbeatSeconds: z.number().int().min(30).max(3600).optional(),
  syncSeconds: z.number().int().min(10).max(3600).optional(),
});
export type KioskSettingsValues = z.infer<typeof KioskSettingsValues>;

export const KioskSettings = z
  .object({ version: z.number().int().nonnegative(), values: KioskSettingsValues })
  .strict();
export type KioskSettings = z.infer<typeof KioskSettings>;

export const FeedPage = z
  .object({
    /** Send this back as `cursor` next time, once everything on this page is applied. */
    cursor: z.string(),
    /** Another page is waiting: ask again at once. */
    more: z.boolean(),
    statusChanges: z.array(StatusChange),
    /** Present only when the kiosk's cursor names another version than the current one. */
    catalog: CatalogRelease.nullable(),
    announcements: Announcements.nullable(),
    settings: KioskSettings.nullable(),
    /** The staff accounts for kiosks, whole; present when the cursor names another roster than the current one. */
    staff: StaffRoster.nullable().optional(),
  })
  .strict();
export type FeedPage = z.infer<typeof FeedPage>;

export const FeedQuery = z
  .object({ cursor: z.string().max(200).default(''), limit: z.coerce.number().int().min(1).max(500).optional() })
  .strict();
