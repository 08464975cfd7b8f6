import { isDeepStrictEqual } from 'node:util';
import type { Answers, Catalog, Service } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { sealAnswers, upcomingRequestNumber } from '../store/requests-repo.ts';
import { checkAllAnswers, type CheckedAnswers, type Consents } from './submit-request.ts';
import type { TrackingCodes } from './tracking-code.ts';

/** Answers sealed for the tracking code the next request was expected to get. */
export interface SealedAhead {
  trackingCode: string;
  bytes: Buffer;
}

/** What the citizen is about to send, as the review screen shows it. */
export interface SubmissionInput {
  answers: Answers;
  consents: Consents;
  noticeVersion: string | null;
}

/** Where the answers will be checked and stored: these must be the same at Send as at review. */
export interface SubmissionPlace {
  db: Db;
  catalog: Catalog;
  service: Service;
  /** The kiosk's day: a date answer's check depends on it. */
  today: string;
}

interface Prepared extends SubmissionPlace {
  input: SubmissionInput;
  answers: Answers;
  sealedAhead: SealedAhead;
  preparedAt: number;
}

/** A prepared submission is dropped after this long: the session it came from has ended. */
const KEPT_MS = 10 * 60_000;

/**
 * Checks a submission and seals its answers while the citizen reads the review screen, so
 * that Send has only the transaction left to run (see the README's speed figures). One
 * submission is kept, the latest prepared; Send takes it only when every answer, consent,
 * notice, catalog, database and the day are the ones it was prepared with, and otherwise
 * checks the answers itself. Main checked what it keeps, so a page cannot slip an
 * unchecked answer past it this way.
 */
export class PreparedSubmissions {
  private latest: Prepared | null = null;

  constructor(private readonly now: () => Date) {}

  /** Checks every answer now; when all pass, seals them for the next request number. */
  prepare(place: SubmissionPlace, codes: TrackingCodes, input: SubmissionInput): CheckedAnswers {
    this.latest = null;
    const checked = checkAllAnswers(place.service, input.answers, place.today, input.consents);
    if (!checked.ok) return checked;
    const trackingCode = codes.codeFor(upcomingRequestNumber(place.db));
    this.latest = {
      ...place,
      input,
      answers: checked.answers,
      sealedAhead: { trackingCode, bytes: sealAnswers(place.db, checked.answers, trackingCode) },
      preparedAt: this.now().getTime(),
    };
    return checked;
  }

  /** The checked answers and their sealed bytes if this exact submission was prepared; it is then forgotten. */
  take(place: SubmissionPlace, input: SubmissionInput): { answers: Answers; sealedAhead: SealedAhead } | null {
    const prepared = this.latest;
    this.latest = null;
    if (
      !prepared ||
      this.now().getTime() - prepared.preparedAt > KEPT_MS ||
      prepared.db !== place.db ||
      prepared.catalog !== place.catalog ||
      prepared.service !== place.service ||
      prepared.today !== place.today ||
      prepared.input.noticeVersion !== input.noticeVersion ||
      !isDeepStrictEqual(prepared.input.consents, input.consents) ||
      !isDeepStrictEqual(prepared.input.answers, input.answers)
    ) {
      return null;
    }
    return { answers: prepared.answers, sealedAhead: prepared.sealedAhead };
  }
}
