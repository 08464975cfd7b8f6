import type {
  Answers,
  Catalog,
  Counter,
  FieldError,
  Language,
  ReceiptDocument,
  Service,
} from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { insertOutboxEvent, insertRequest, nextQueueNumber, nextRequestNumber } from '../store/requests-repo.ts';
import { insertPrintJob } from '../store/print-jobs-repo.ts';
import { buildReceipt } from '../printing/build-receipt.ts';
import { checkAnswer } from './validate-answer.ts';
import { maskNik } from './nik.ts';
import { formatQueueNumber, queueDay } from './queue-day.ts';
import { formatTrackingCode, type TrackingCodes } from './tracking-code.ts';

export interface KioskIdentity {
  name: string;
  timeZone: string;
  /** This kiosk's tracking codes: its prefix and its keyed numbering. */
  codes: TrackingCodes;
}

export type CheckedAnswers = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

/** Checks every field of the service, collecting one error per refused answer. */
export function checkAllAnswers(service: Service, answers: Answers, today: string): CheckedAnswers {
  const errors: FieldError[] = [];
  const stored: Answers = {};
  for (const field of service.fields) {
    const check = checkAnswer(field, answers[field.code] ?? '', today);
    if (check.ok) stored[field.code] = check.answer.value;
    else errors.push({ field: field.code, code: check.code });
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers: stored };
}

export interface Submitted {
  jobId: number;
  trackingCode: string;
  queueNumber: string;
  counter: Counter;
  requestedAt: string;
  receipt: ReceiptDocument;
}

/**
 * Writes the request, its tracking code, queue number, print job and outbox event in one
 * transaction. Only after it commits may the citizen be told the request exists.
 */
export function recordRequest(
  db: Db,
  catalog: Catalog,
  kiosk: KioskIdentity,
  service: Service,
  language: Language,
  answers: Answers,
  now: Date,
): Submitted {
  const counter = catalog.counters.find((c) => c.code === service.counter)!;
  const nikField = service.fields.find(
    (f) => f.datatype === 'nik' && typeof answers[f.code] === 'string' && answers[f.code],
  );
  const requestedAt = now.toISOString();
  return db.transaction((): Submitted => {
    const id = nextRequestNumber(db);
    const trackingCode = kiosk.codes.codeFor(id);
    const day = queueDay(now, kiosk.timeZone);
    const number = nextQueueNumber(db, counter.code, day);
    const queueNumber = formatQueueNumber(counter.code, number);
    insertRequest(db, id, {
      trackingCode,
      serviceCode: service.service_code,
      language,
      answers,
      counter: counter.code,
      queueDay: day,
      queueNumber: number,
      requestedAt,
    });
    const receipt = buildReceipt({
      language,
      agency: catalog.agency,
      kioskName: kiosk.name,
      service,
      counter,
      trackingCode,
      trackingCodeDisplay: formatTrackingCode(trackingCode),
      queueNumber,
      requestedAt: now,
      timeZone: kiosk.timeZone,
      maskedNik: nikField ? maskNik(answers[nikField.code] as string) : undefined,
    });
    const jobId = insertPrintJob(db, id, receipt, requestedAt);
    insertOutboxEvent(
      db,
      'request.created',
      { trackingCode, serviceCode: service.service_code, requestedAt },
      requestedAt,
    );
    return { jobId, trackingCode, queueNumber, counter, requestedAt, receipt };
  })();
}
