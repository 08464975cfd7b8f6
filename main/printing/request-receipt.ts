import {
  DEFAULT_RETENTION,
  type Answers,
  type Catalog,
  type Counter,
  type ReceiptDocument,
  type Service,
} from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { requestAnswers, requestById, type RequestRecord } from '../store/requests-repo.ts';
import { findService } from '../catalog/load-catalog.ts';
import { maskNik } from '../requests/nik.ts';
import { formatQueueNumber } from '../requests/queue-day.ts';
import { formatTrackingCode } from '../requests/tracking-code.ts';
import { buildReceipt } from './build-receipt.ts';
import { complaintById } from '../store/complaints-repo.ts';
import { complaintReceipt } from '../voice/complaint-receipt.ts';

export interface ReceiptSource {
  catalog: Catalog;
  kiosk: { name: string; timeZone: string };
}

/**
 * A request's receipt, built from the request whenever the printer needs it: when it is
 * submitted and for a reprint. The same inputs give the same document, so nothing is
 * stored twice; the result screen gets only what it shows (see SubmitReceipt). Once its
 * answers are purged the receipt has no NIK line; a service or counter since removed from
 * the catalog is printed by its code.
 */
export function requestReceipt(
  source: ReceiptSource,
  request: RequestRecord,
  answers: Answers | null,
): ReceiptDocument {
  const service = findService(source.catalog, request.serviceCode) ?? removedService(request.serviceCode);
  const counter = counterOf(source.catalog, request.counter);
  const nikField = service.fields.find((f) => f.datatype === 'nik' && typeof answers?.[f.code] === 'string');
  const nik = nikField ? (answers![nikField.code] as string) : '';
  return buildReceipt({
    language: request.language,
    agency: source.catalog.agency,
    kioskName: source.kiosk.name,
    service,
    counter,
    trackingCode: request.trackingCode,
    trackingCodeDisplay: formatTrackingCode(request.trackingCode),
    queueNumber: formatQueueNumber(request.counter, request.queueNumber),
    requestedAt: new Date(request.requestedAt),
    timeZone: source.kiosk.timeZone,
    maskedNik: nik ? maskNik(nik) : undefined,
    assistedBy: request.assistedBy,
  });
}

/** What the print queue prints for a job: the receipt of the request (or complaint) it belongs to. */
export function storedReceipts(db: Db, source: ReceiptSource): (id: number) => ReceiptDocument {
  return (id) => {
    const complaint = complaintById(db, id);
    if (complaint) return complaintReceipt(source, complaint);
    const request = requestById(db, id);
    if (!request) throw new Error(`No request ${id} for the receipt being printed.`);
    return requestReceipt(source, request, requestAnswers(db, request));
  };
}

/** A counter by its letter, or a plain "Loket X" when the catalog no longer has it. */
export function counterOf(catalog: Catalog, code: string): Counter {
  return (
    catalog.counters.find((c) => c.code === code) ?? {
      code,
      name: { id: `Loket ${code}`, en: `Counter ${code}` },
    }
  );
}

function removedService(code: string): Service {
  const text = { id: code, en: code };
  return {
    service_code: code,
    service_name: text,
    description: text,
    group: '',
    keywords: '',
    pictogram: '',
    counter: '',
    standard: {
      requirements: [],
      procedure: [],
      duration: text,
      cost: { amountIdr: 0 },
      product: text,
      complaints: text,
    },
    fields: [],
    retention: { ...DEFAULT_RETENTION },
  };
}
