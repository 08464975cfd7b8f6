/**
 * A partner files a request (POST requests): it becomes an event of the partner's own
 * sequence and a row of the requests table, in one transaction, so it enters the same
 * inbox and status flow as a kiosk's request. Contact details stay in the event's answers,
 * where only accounts allowed to see personal data read them.
 */
import { z } from 'zod';
import type { Catalog, Language } from '../../sync/catalog-schema.ts';
import { findService } from '../../sync/catalog-check.ts';
import { agencyToday } from '../agency/deadline.ts';
import { currentCatalog } from '../catalog/catalogs.ts';
import { UNIQUE_VIOLATION, sqlState, type Store } from '../store/store.ts';
import { checkAnswers, type Answers } from './attribute-answers.ts';
import { GeoReportError } from './georeport-error.ts';
import { newPartnerCode } from './partner-tracking-code.ts';
import { partnerOfKey } from './partners.ts';

/** "Optional" in GeoReport: an empty parameter is the same as one not sent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const text = (max: number) => optional(z.string().trim().max(max, `use at most ${max} characters`));
const coordinate = (limit: number) =>
  optional(
    z.coerce
      .number()
      .min(-limit, `must be from -${limit} to ${limit}`)
      .max(limit, `must be from -${limit} to ${limit}`),
  );

export const PostRequest = z.object({
  api_key: text(200),
  jurisdiction_id: text(200),
  service_code: text(64),
  lat: coordinate(90),
  long: coordinate(180),
  address_string: text(300),
  address_id: text(100),
  email: optional(z.email('is not an e-mail address').max(200)),
  device_id: text(200),
  account_id: text(200),
  first_name: text(100),
  last_name: text(100),
  phone: text(40),
  description: text(4000),
  media_url: optional(z.url({ protocol: /^https?$/, error: 'is not an http(s) address' }).max(2000)),
  attribute: z.record(z.string().max(64), z.union([z.string().max(4000), z.array(z.string().max(4000)).max(100)])),
});
export type PostRequest = z.infer<typeof PostRequest>;

/** What the event keeps beyond the answers; read back by GET requests. */
export interface PartnerFiling {
  description: string | null;
  address: string | null;
  addressId: string | null;
  lat: number | null;
  long: number | null;
  mediaUrl: string | null;
}

/** Contact details and ids the partner sent about the person, kept with the answers (personal data). */
const CONTACT_FIELDS = ['email', 'first_name', 'last_name', 'phone', 'device_id', 'account_id'] as const;

export async function fileRequest(
  store: Store,
  input: PostRequest,
  language: Language,
): Promise<{ trackingCode: string; serviceNotice: string; accountId: string | null }> {
  if (!input.api_key) throw new GeoReportError(400, 'api_key was not provided; ask the agency for a key.');
  if (!input.service_code) throw new GeoReportError(400, 'service_code was not provided; take one from services.');
  const hasPoint = input.lat !== undefined && input.long !== undefined;
  if (!hasPoint && (input.lat !== undefined || input.long !== undefined)) {
    throw new GeoReportError(400, 'lat and long must be sent together.');
  }
  if (!hasPoint && !input.address_string && !input.address_id) {
    throw new GeoReportError(400, 'A location is required: lat and long, or address_string, or address_id.');
  }
  const partner = await partnerOfKey(store, input.api_key);
  if (!partner)
    throw new GeoReportError(403, 'The api_key is not valid or has been revoked; ask the agency for a key.');
  const release = await currentCatalog(store);
  const catalog = release?.catalog as Catalog | undefined;
  const service = catalog && findService(catalog, input.service_code);
  if (!service) throw new GeoReportError(404, `There is no service with service_code ${input.service_code}.`);
  const answers: Answers = checkAnswers(service, input.attribute);
  for (const field of CONTACT_FIELDS) if (input[field]) answers[`open311_${field}`] = input[field];
  const filing: PartnerFiling = {
    description: input.description ?? null,
    address: input.address_string ?? null,
    addressId: input.address_id ?? null,
    lat: input.lat ?? null,
    long: input.long ?? null,
    mediaUrl: input.media_url ?? null,
  };
  for (let attempt = 0; ; attempt++) {
    const trackingCode = newPartnerCode(partner.prefix);
    try {
      await store.transaction(async (tx) => {
        const [sync] = await tx.query<{ acked_seq: number }>(
          `UPDATE kiosk_sync SET acked_seq = acked_seq + 1, last_batch_at = now() WHERE kiosk_id = $1 RETURNING acked_seq`,
          [partner.kioskId],
        );
        const requestedAt = new Date().toISOString();
        const data = {
          trackingCode,
          serviceCode: service.service_code,
          catalogVersion: release!.version,
          language,
          answers,
          requestedAt,
          noticeVersion: null,
          assistedBy: null,
          open311: filing,
        };
        await tx.query(
          `INSERT INTO events (kiosk_id, seq, kind, at, data, via) VALUES ($1, $2, 'open311.request', $3, $4, 'open311')`,
          [partner.kioskId, sync!.acked_seq, requestedAt, JSON.stringify(data)],
        );
        await tx.query(
          `INSERT INTO requests (kiosk_id, tracking_code, seq, service_code, catalog_version, language, counter,
                                 queue_day, queue_number, requested_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9)`,
          [
            partner.kioskId,
            trackingCode,
            sync!.acked_seq,
            service.service_code,
            release!.version,
            language,
            service.counter,
            agencyToday(),
            requestedAt,
          ],
        );
      });
      return { trackingCode, serviceNotice: service.standard.duration[language], accountId: input.account_id ?? null };
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION || attempt >= 5) throw error;
    }
  }
}
