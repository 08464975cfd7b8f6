import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Service } from '../../preload/contract.ts';
import { openDatabase } from '../../main/store/open-database.ts';
import { checkAllAnswers, recordRequest } from '../../main/requests/submit-request.ts';
import { PreparedSubmissions, type SubmissionInput } from '../../main/requests/prepared-submission.ts';
import type { Figure } from './report.ts';
import { testCipher, testKiosk } from '../fixtures/test-cipher.ts';

const ROUNDS = 7;
const PER_ROUND = 1000;
/** Sends timed one by one, each after a pause, as a Send follows the citizen reading the review screen. */
const SENDS_PER_ROUND = 400;
const PAUSE_MS = 2;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function perSecond(work: () => void): number {
  const start = performance.now();
  for (let i = 0; i < PER_ROUND; i++) work();
  return PER_ROUND / ((performance.now() - start) / 1000);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

interface PausedWrite {
  write: () => void;
  /** Runs ahead of the pause, untimed (the review screen's preparation before a Send). */
  before?: () => void;
}

/**
 * Writes per second, each write timed alone after the thread has slept PAUSE_MS. The
 * writers take turns operation by operation, so a slow or quick stretch of the disk falls
 * on all of them alike.
 */
function perSecondAfterPause(writers: PausedWrite[]): number[] {
  const busy = writers.map(() => 0);
  for (let i = 0; i < SENDS_PER_ROUND; i++) {
    writers.forEach(({ write, before }, w) => {
      before?.();
      Atomics.wait(sleeper, 0, 0, PAUSE_MS);
      const start = performance.now();
      write();
      busy[w]! += performance.now() - start;
    });
  }
  return busy.map((ms) => SENDS_PER_ROUND / (ms / 1000));
}

/** Single-row transactions on a bare better-sqlite3 file with the same durability pragmas. */
function rawTransaction(dir: string): () => void {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const write = db.transaction((v: string) => insert.run(v));
  const payload = 'x'.repeat(300);
  return () => write(payload);
}

interface Submitting {
  /** Every answer checked and sealed, then one transaction of request, codes, print job and outbox. */
  whole: () => void;
  /** The review screen's preparation: the answers checked and sealed ahead. */
  prepare: () => void;
  /** Send after the preparation: only the transaction is left. */
  send: () => void;
}

function submitting(dir: string, catalog: Catalog, service: Service, input: SubmissionInput): Submitting {
  const db = openDatabase(join(dir, 'kiosk.sqlite'), testCipher());
  const kiosk = testKiosk();
  const place = { db, catalog, service, today: '2026-11-27' };
  const drafts = new PreparedSubmissions(() => new Date());
  const privacy = { noticeVersion: input.noticeVersion, consents: input.consents };
  const refused = (errors: unknown) => new Error(`bench answers refused: ${JSON.stringify(errors)}`);
  return {
    whole: () => {
      const checked = checkAllAnswers(service, input.answers, place.today, input.consents);
      if (!checked.ok) throw refused(checked.errors);
      recordRequest(db, catalog, kiosk, service, 'id', checked.answers, new Date(), privacy);
    },
    prepare: () => {
      const checked = drafts.prepare(place, kiosk.codes, input);
      if (!checked.ok) throw refused(checked.errors);
    },
    send: () => {
      const ahead = drafts.take(place, input);
      if (!ahead) throw new Error('bench: the prepared submission was not taken');
      recordRequest(db, catalog, kiosk, service, 'id', ahead.answers, new Date(), privacy, null, ahead.sealedAhead);
    },
  };
}

const share = (ours: number, raw: number) =>
  `${ours.toFixed(0)}/s = ${((ours / raw) * 100).toFixed(0)}% of raw ${raw.toFixed(0)}/s`;

/**
 * Durable submissions per second against raw single-row transactions on the same disk,
 * two ways. Back to back: every answer checked and sealed, then stored, in rounds that
 * alternate with raw's. Send: the answers prepared at the review screen, each Send timed
 * alone after a pause, as on a kiosk where it follows a citizen reading, taking turns with
 * a raw transaction timed the same way. Each figure is the median of its rounds.
 */
export function measureDurableThroughput(
  catalog: Catalog,
  service: Service,
  input: SubmissionInput,
): [Figure & { perSecond: number }, Figure] {
  const dir = mkdtempSync(join(process.cwd(), '.bench-'));
  try {
    const raw = rawTransaction(dir);
    const ours = submitting(dir, catalog, service, input);
    perSecond(raw);
    perSecond(ours.whole);
    const rounds = {
      raw: [] as number[],
      whole: [] as number[],
      rawPaused: [] as number[],
      wholePaused: [] as number[],
      send: [] as number[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.raw.push(perSecond(raw));
      rounds.whole.push(perSecond(ours.whole));
      const [rawPaused, wholePaused, send] = perSecondAfterPause([
        { write: raw },
        { write: ours.whole },
        { write: ours.send, before: ours.prepare },
      ]) as [number, number, number];
      rounds.rawPaused.push(rawPaused);
      rounds.wholePaused.push(wholePaused);
      rounds.send.push(send);
    }
    const [rawRate, wholeRate, rawPaused, wholePaused, sendRate] = Object.values(rounds).map(median) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const where = `"${service.service_code}", same disk (${process.cwd()})`;
    return [
      {
        name: 'durable submissions per second',
        value: share(wholeRate, rawRate),
        target: '>= 50% of raw single-row synchronous=FULL transactions',
        met: wholeRate / rawRate >= 0.5,
        perSecond: wholeRate,
        detail: `back to back, each checked and sealed: medians of ${ROUNDS} alternating rounds of ${PER_ROUND}, ${where}`,
      },
      {
        name: 'durable Send after the review screen prepared it',
        value: share(sendRate, rawPaused),
        target: '>= 60% of raw single-row synchronous=FULL transactions',
        met: sendRate / rawPaused >= 0.6,
        detail:
          `each Send and each raw transaction timed alone after a ${PAUSE_MS} ms pause, taking turns, medians of ${ROUNDS} rounds of ${SENDS_PER_ROUND}; ` +
          `a whole submission timed the same way, checked and sealed at Send: ${((wholePaused / rawPaused) * 100).toFixed(0)}% of raw`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
