import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Answers, Catalog, Service } from '../../preload/contract.ts';
import { openDatabase } from '../../main/store/open-database.ts';
import { checkAllAnswers, recordRequest } from '../../main/requests/submit-request.ts';
import type { Figure } from './report.ts';

const RUNS = 3000;

/** Single-row transactions on a bare better-sqlite3 file with the same durability pragmas. */
function rawTransactionsPerSecond(dir: string): number {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const write = db.transaction((v: string) => insert.run(v));
  const payload = 'x'.repeat(300);
  for (let i = 0; i < 200; i++) write(payload); // warm-up
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) write(payload);
  const rate = RUNS / ((performance.now() - start) / 1000);
  db.close();
  return rate;
}

/** A whole submission: every answer checked, then one transaction of request, codes, print job and outbox. */
function submissionsPerSecond(dir: string, catalog: Catalog, service: Service, answers: Answers): number {
  const db = openDatabase(join(dir, 'kiosk.sqlite'));
  const kiosk = { prefix: 'K3A', name: 'Bench', timeZone: 'Asia/Jakarta' };
  const submit = () => {
    const now = new Date();
    const checked = checkAllAnswers(service, answers, '2026-11-27');
    if (!checked.ok) throw new Error(`bench answers refused: ${JSON.stringify(checked.errors)}`);
    recordRequest(db, catalog, kiosk, service, 'id', checked.answers, now);
  };
  for (let i = 0; i < 200; i++) submit();
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) submit();
  const rate = RUNS / ((performance.now() - start) / 1000);
  db.close();
  return rate;
}

export function measureDurableThroughput(catalog: Catalog, service: Service, answers: Answers): Figure {
  const dir = mkdtempSync(join(process.cwd(), '.bench-'));
  try {
    // Raw is measured before and after ours and the better of the two is the yardstick,
    // so a quiet moment of the disk cannot flatter the kiosk.
    const before = rawTransactionsPerSecond(mkdtempSync(join(dir, 'raw-')));
    const ours = submissionsPerSecond(dir, catalog, service, answers);
    const rawRate = Math.max(before, rawTransactionsPerSecond(mkdtempSync(join(dir, 'raw-'))));
    const share = ours / rawRate;
    return {
      name: 'durable submissions per second',
      value: `${ours.toFixed(0)}/s = ${(share * 100).toFixed(0)}% of raw ${rawRate.toFixed(0)}/s`,
      target: '>= 50% of raw single-row synchronous=FULL transactions',
      met: share >= 0.5,
      detail: `${RUNS} submissions of "${service.service_code}", same disk (${process.cwd()})`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
