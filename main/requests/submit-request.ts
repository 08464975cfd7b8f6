import type { Answers, Catalog, Counter, FieldError, Language, Service } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { insertRequest, sealAnswers, takeSubmissionNumbers, type RequestRecord } from '../store/requests-repo.ts';
import { checkAnswer } from './validate-answer.ts';
import { formatQueueNumber, queueDay } from './queue-day.ts';
import type { TrackingCodes } from './tracking-code.ts';
import type { SealedAhead } from './prepared-submission.ts';

export interface KioskIdentity {
  name: string;
  timeZone: string;
  /** This kiosk's tracking codes: its prefix and its keyed numbering. */
  codes: TrackingCodes;
}

/** The citizen's yes or no to each optional extra that asks first (a field's consent question). */
export type Consents = Record<string, boolean>;

export type CheckedAnswers = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

/** Checks every field of the service, collecting one error per refused answer. */
export function checkAllAnswers(
  service: Service,
  answers: Answers,
  today: string,
  consents: Consents = {},
): CheckedAnswers {
  const errors: FieldError[] = [];
  const stored: Answers = {};
  for (const field of service.fields) {
    const check = checkAnswer(field, answers[field.code] ?? '', today, consents[field.code]);
    if (check.ok) stored[field.code] = check.answer.value;
    else errors.push({ field: field.code, code: check.code });
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers: stored };
}

export interface Submitted {
  /** The request's id, which is also its receipt's place in the print queue. */
  jobId: number;
  trackingCode: string;
  queueNumber: string;
  counter: Counter;
  requestedAt: string;
}

/** What the submitting transaction needs, passed in so one transaction function serves every submission. */
interface Recording {
  kiosk: KioskIdentity;
  request: Omit<RequestRecord, 'trackingCode' | 'queueDay' | 'queueNumber'>;
  now: Date;
  answers: Answers;
  sealedAhead: SealedAhead | undefined;
  privacy: { noticeVersion: string | null; consents: Consents };
}

/**
 * better-sqlite3 builds a transaction function's wrappers on every db.transaction() call,
 * which cost more than the submission's own statements (4–5 µs against about 2.5 measured):
 * it is built once per connection instead.
 */
type Writer = (recording: Recording) => { id: number; request: RequestRecord };
const writers = new WeakMap<Db, Writer>();

function writerFor(db: Db): Writer {
  let write = writers.get(db);
  if (!write) {
    write = db.transaction(({ kiosk, request: known, now, answers, sealedAhead, privacy }: Recording) => {
      const day = queueDay(now, kiosk.timeZone);
      const { id, queueNumber, seq } = takeSubmissionNumbers(db, known.counter, day);
      const request: RequestRecord = { ...known, trackingCode: kiosk.codes.codeFor(id), queueDay: day, queueNumber };
      // Answers sealed at review are for the code the next request had then; if another
      // request took that code meanwhile, they are sealed again for this one's.
      const sealedAnswers =
        sealedAhead?.trackingCode === request.trackingCode
          ? sealedAhead.bytes
          : sealAnswers(db, answers, request.trackingCode);
      insertRequest(db, id, seq, { ...request, sealedAnswers, ...privacy });
      return { id, request };
    });
    writers.set(db, write);
  }
  return write;
}

/**
 * Writes the request in one transaction: its tracking code, queue number, sealed answers,
 * its place in the print queue and in the event sequence for the hub all sit in its one
 * row (and the counters). Only after it commits may the citizen be told the request exists.
 */
export function recordRequest(
  db: Db,
  catalog: Catalog,
  kiosk: KioskIdentity,
  service: Service,
  language: Language,
  answers: Answers,
  now: Date,
  privacy: { noticeVersion: string | null; consents: Consents } = { noticeVersion: null, consents: {} },
  /** The officer filing it with the citizen, "Name (staff number)"; null: the citizen alone. */
  assistedBy: string | null = null,
  /** The same answers, sealed while the citizen read the review screen (PreparedSubmissions). */
  sealedAhead?: SealedAhead,
): Submitted {
  const counter = catalog.counters.find((c) => c.code === service.counter)!;
  const requestedAt = now.toISOString();
  const record = writerFor(db)({
    kiosk,
    request: { serviceCode: service.service_code, language, counter: counter.code, requestedAt, assistedBy },
    now,
    answers,
    sealedAhead,
    privacy,
  });
  return {
    jobId: record.id,
    trackingCode: record.request.trackingCode,
    queueNumber: formatQueueNumber(counter.code, record.request.queueNumber),
    counter,
    requestedAt,
  };
}
