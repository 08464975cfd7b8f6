import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Answers, Catalog, Service } from '../../preload/contract.ts';
import { openDatabase } from '../../main/store/open-database.ts';
import { checkAllAnswers, recordRequest, type Consents } from '../../main/requests/submit-request.ts';
import type { Figure } from './report.ts';
import { testCipher, testKiosk } from '../fixtures/test-cipher.ts';

const ROUNDS = 7;
const PER_ROUND = 1000;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function perSecond(work: () => void): number {
  const start = performance.now();
  for (let i = 0; i < PER_ROUND; i++) work();
  return PER_ROUND / ((performance.now() - start) / 1000);
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

/** A whole submission: every answer checked, then one transaction of request, codes, print job and outbox. */
function submission(dir: string, catalog: Catalog, service: Service, answers: Answers, consents: Consents): () => void {
  const db = openDatabase(join(dir, 'kiosk.sqlite'), testCipher());
  const kiosk = testKiosk();
  return () => {
    const checked = checkAllAnswers(service, answers, '2026-11-27', consents);
    if (!checked.ok) throw new Error(`bench answers refused: ${JSON.stringify(checked.errors)}`);
    recordRequest(db, catalog, kiosk, service, 'id', checked.answers, new Date(), {
      noticeVersion: catalog.privacy!.version,
      consents,
    });
  };
}

/**
 * Durable submissions per second against raw single-row transactions on the same disk.
 * The two run in alternating rounds and each figure is its median round, so a busy or
 * quiet moment of the disk falls on both alike.
 */
export function measureDurableThroughput(
  catalog: Catalog,
  service: Service,
  answers: Answers,
  consents: Consents,
): Figure & { perSecond: number } {
  const dir = mkdtempSync(join(process.cwd(), '.bench-'));
  try {
    const raw = rawTransaction(dir);
    const ours = submission(dir, catalog, service, answers, consents);
    perSecond(raw);
    perSecond(ours);
    const rawRounds: number[] = [];
    const ourRounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rawRounds.push(perSecond(raw));
      ourRounds.push(perSecond(ours));
    }
    const rawRate = median(rawRounds);
    const ourRate = median(ourRounds);
    const share = ourRate / rawRate;
    return {
      name: 'durable submissions per second',
      value: `${ourRate.toFixed(0)}/s = ${(share * 100).toFixed(0)}% of raw ${rawRate.toFixed(0)}/s`,
      target: '>= 50% of raw single-row synchronous=FULL transactions',
      met: share >= 0.5,
      perSecond: ourRate,
      detail: `medians of ${ROUNDS} alternating rounds of ${PER_ROUND}, "${service.service_code}", same disk (${process.cwd()})`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
