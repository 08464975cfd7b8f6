/**
 * Requests as GeoReport shows them (GET requests, GET requests/{id}): kiosks' and partners'
 * alike. The status is open or closed with the last note for the citizen as status_notes;
 * expected_datetime is the end of the service's promised working days. Nothing a citizen
 * answered is shown: a partner's own description and location are, with any NIK or phone
 * number in them blanked out; a kiosk's request is placed at its kiosk.
 */
import type { Catalog, Language, LocalizedText } from '../../sync/catalog-schema.ts';
import { findService } from '../../sync/catalog-check.ts';
import type { RequestStatus } from '../../sync/feed.ts';
import { prefixOf } from '../../sync/identifiers.ts';
import { AGENCY_UTC_OFFSET, deadlineOf } from '../agency/deadline.ts';
import { OPEN_STATUSES, OPEN_STATUS_SQL } from '../agency/open-statuses.ts';
import { currentCatalog } from '../catalog/catalogs.ts';
import type { Queryable } from '../store/store.ts';
import type { PartnerFiling } from './file-request.ts';
import type { Value } from './georeport-format.ts';
import { withoutIdentifiers } from './without-identifiers.ts';

/** GeoReport's "first 1000 requests" and "most recent 90 days". */
export const MAX_REQUESTS = 1000;
export const WINDOW_DAYS = 90;

export interface RequestQuery {
  /** Tracking codes; when given, every other filter is ignored. */
  ids?: string[];
  serviceCodes?: string[];
  from: Date;
  to: Date;
  status?: ('open' | 'closed')[];
}

interface Row {
  tracking_code: string;
  service_code: string;
  status: RequestStatus;
  requested_at: Date;
  status_changed_at: Date | null;
  queue_day: string;
  assigned_unit: string | null;
  kiosk_address: string;
  channel: 'kiosk' | 'open311';
  filing: PartnerFiling | null;
  note: LocalizedText | null;
}

/** W3C datetime in the agency's zone, to the second: 2026-11-30T09:15:00+07:00. */
export function w3c(date: Date): string {
  const hours = Number(AGENCY_UTC_OFFSET.slice(0, 3));
  return `${new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 19)}${AGENCY_UTC_OFFSET}`;
}

const SELECT = `
  SELECT r.tracking_code, r.service_code, r.status, r.requested_at, r.status_changed_at, r.queue_day, r.assigned_unit,
         k.address AS kiosk_address, k.channel,
         CASE WHEN k.channel = 'open311' THEN e.data->'open311' END AS filing,
         (SELECT c.note FROM status_changes c WHERE c.kiosk_id = r.kiosk_id AND c.tracking_code = r.tracking_code
          ORDER BY c.position DESC LIMIT 1) AS note
  FROM requests r JOIN kiosks k USING (kiosk_id) JOIN events e ON e.kiosk_id = r.kiosk_id AND e.seq = r.seq`;

export async function findRequests(q: Queryable, query: RequestQuery, language: Language): Promise<Value[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('$?', `$${params.length}`));
  };
  if (query.ids) {
    // The prefix names the kiosk, so each code is found through the primary key.
    add('k.prefix = ANY($?::text[])', query.ids.map(prefixOf));
    add('r.tracking_code = ANY($?::text[])', query.ids);
  } else {
    add('r.requested_at >= $?::timestamptz', query.from.toISOString());
    add('r.requested_at <= $?::timestamptz', query.to.toISOString());
    if (query.serviceCodes) add('r.service_code = ANY($?::text[])', query.serviceCodes);
    const status = new Set(query.status ?? []);
    if (status.size === 1) where.push(`r.status ${status.has('open') ? '' : 'NOT'} IN ${OPEN_STATUS_SQL}`);
  }
  params.push(MAX_REQUESTS);
  const rows = await q.query<Row>(
    `${SELECT} WHERE ${where.join(' AND ')} ORDER BY r.requested_at DESC, r.kiosk_id DESC, r.tracking_code DESC
     LIMIT $${params.length}`,
    params,
  );
  const catalog = (await currentCatalog(q))?.catalog as Catalog | undefined;
  return rows.map((row) => toGeoReport(row, catalog, language));
}

function toGeoReport(row: Row, catalog: Catalog | undefined, language: Language): Value {
  const service = catalog && findService(catalog, row.service_code);
  const days = service?.standard.promisedWorkingDays;
  const clean = (text: string | null | undefined) => (text ? withoutIdentifiers(text) : null);
  const filing = row.filing;
  const expected =
    days === undefined || !OPEN_STATUSES.includes(row.status)
      ? null
      : `${deadlineOf(row.queue_day, days)}T23:59:59${AGENCY_UTC_OFFSET}`;
  return {
    service_request_id: row.tracking_code,
    status: OPEN_STATUSES.includes(row.status) ? 'open' : 'closed',
    status_notes: clean(row.note?.[language]),
    service_name: service ? service.service_name[language] : null,
    service_code: row.service_code,
    description: clean(filing?.description),
    agency_responsible: row.assigned_unit ?? (catalog ? catalog.agency[language] : null),
    service_notice: service ? service.standard.duration[language] : null,
    requested_datetime: w3c(row.requested_at),
    updated_datetime: w3c(row.status_changed_at ?? row.requested_at),
    expected_datetime: expected,
    address: clean(filing ? filing.address : row.kiosk_address),
    address_id: clean(filing?.addressId),
    zipcode: null,
    lat: filing?.lat ?? null,
    long: filing?.long ?? null,
    media_url: filing?.mediaUrl ?? null,
  };
}
