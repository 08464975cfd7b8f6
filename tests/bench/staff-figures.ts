/**
 * The operator's figures (issue 11), on a real kiosk database file:
 *  - statistics for a year of data (200,000 requests, calls for staff and print faults):
 *    each chart's query over 365 days, worst of several runs, after the day tallies have
 *    caught up (the one-time catch-up over all 200,000 rows is reported beside it);
 *  - verifying an audit trail of 100,000 entries, entry by entry, with its keyed head.
 */
import { join } from 'node:path';
import { appendAudit } from '../../main/store/audit-repo.ts';
import { openDatabase, type Db } from '../../main/store/open-database.ts';
import {
  helpCallsPerDay,
  printFaultsPerDay,
  recordPrinterFault,
  requestsPerDay,
  tallyRequests,
} from '../../main/store/stats-repo.ts';
import { verifyTrail } from '../../main/audit/verify-trail.ts';
import { removeTempDir, tempDir } from '../fixtures/temp-dir.ts';
import { testCipher } from '../fixtures/test-cipher.ts';
import type { Figure } from './report.ts';

const REQUESTS = 200_000;
const HELP_CALLS = 6_000;
const PRINTER_STOPS = 600;
const FAILED_RECEIPTS = 1_000;
const AUDIT_ENTRIES = 100_000;
const RUNS = 5;
const ZONE = 'Asia/Jakarta';
const FIRST_DAY = Date.UTC(2025, 0, 1);
const DAY_MS = 86_400_000;
const SERVICES = [
  'kk-ubah',
  'ktp-baru',
  'akta-lahir',
  'akta-mati',
  'pindah',
  'skck',
  'nib',
  'pbg-konsultasi',
  'kartu-kuning',
  'bansos',
  'lapor',
];

const dayOf = (i: number, per: number) => new Date(FIRST_DAY + Math.floor(i / per) * DAY_MS + 3 * 3_600_000);

/** A year of a busy kiosk: about 550 requests a day over eleven services and four counters. */
function yearOfData(db: Db): void {
  const perDay = Math.ceil(REQUESTS / 365);
  const request = db.prepare(
    `INSERT INTO requests (id, tracking_code, service_code, language, counter, queue_day, queue_number, requested_at, seq,
       answers, print_status, print_queued_at)
     VALUES (?, ?, ?, 'id', ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const help = db.prepare('INSERT INTO help_requests (requested_at, screen, service_code) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= REQUESTS; i++) {
      const at = dayOf(i, perDay);
      const failed = i % Math.floor(REQUESTS / FAILED_RECEIPTS) === 0;
      request.run(
        i,
        `K3A${String(i).padStart(9, '2')}`,
        SERVICES[i % SERVICES.length]!,
        'ABCD'[i % 4]!,
        at.toISOString().slice(0, 10),
        (i % perDay) + 1,
        at.toISOString(),
        i,
        failed ? 'failed' : 'done',
        at.toISOString(),
      );
    }
    for (let i = 0; i < HELP_CALLS; i++) help.run(dayOf(i, HELP_CALLS / 365).toISOString(), 'services', null);
    for (let i = 0; i < PRINTER_STOPS; i++)
      recordPrinterFault(db, i % 3 ? 'paperEnd' : 'coverOpen', dayOf(i, PRINTER_STOPS / 365).toISOString());
  })();
}

/**
 * Wall-clock times of RUNS repetitions, best and worst, with the CPU time of the worst one
 * beside it: on a machine shared with other work the wall clock also counts the time this
 * process waited for a core, which the CPU time shows apart.
 */
function timed(work: () => unknown): { best: number; worst: number; worstCpu: number } {
  let best = Infinity;
  let worst = 0;
  let worstCpu = 0;
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    work();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    best = Math.min(best, wall);
    if (wall > worst) [worst, worstCpu] = [wall, (used.user + used.system) / 1000];
  }
  return { best, worst, worstCpu };
}

const range = (t: ReturnType<typeof timed>, digits: number) =>
  `${t.best.toFixed(digits)}-${t.worst.toFixed(digits)} ms (worst's CPU ${t.worstCpu.toFixed(digits)} ms)`;

export function measureStatistics(): Figure {
  const dir = tempDir('bench-stats');
  try {
    const db = openDatabase(join(dir, 'kiosk.sqlite'), testCipher());
    yearOfData(db);
    const catchUp = timed(() => tallyRequests(db));
    const [from, to] = ['2025-01-01', '2025-12-31'];
    const charts = {
      'requests per day by service and by counter': timed(() => {
        tallyRequests(db);
        return requestsPerDay(db, from, to);
      }),
      'calls for staff per day': timed(() => helpCallsPerDay(db, from, to, ZONE)),
      'print faults per day': timed(() => printFaultsPerDay(db, from, to, ZONE)),
    };
    db.close();
    const worst = Math.max(...Object.values(charts).map((c) => c.worst));
    return {
      name: 'statistics, a year of 200,000 requests: each chart query',
      value: Object.entries(charts)
        .map(([name, t]) => `${name} ${range(t, 1)}`)
        .join('; '),
      target: '<= 50 ms each (worst run)',
      met: worst <= 50,
      detail: `${RUNS} runs each over 365 days, with ${HELP_CALLS} calls for staff, ${PRINTER_STOPS} printer stops and ${FAILED_RECEIPTS} failed receipts; the day tallies' first catch-up over all ${REQUESTS} rows took ${catchUp.worst.toFixed(0)} ms (once, then a few rows a call)`,
    };
  } finally {
    removeTempDir(dir);
  }
}

export function measureAuditVerification(): Figure {
  const dir = tempDir('bench-audit');
  try {
    const db = openDatabase(join(dir, 'kiosk.sqlite'), testCipher());
    db.transaction(() => {
      for (let i = 0; i < AUDIT_ENTRIES; i++) {
        appendAudit(db, {
          at: new Date(FIRST_DAY + i * 300_000).toISOString(),
          actor: '198001012005011001',
          action: i % 3 ? 'staff.signedIn' : 'printing.reprint',
          subject: `K3A${String(i).padStart(9, '2')}`,
          detail: { via: 'badge' },
        });
      }
    })();
    let entries = 0;
    const time = timed(() => {
      const verdict = verifyTrail(db);
      if (!verdict.ok) throw new Error('the bench trail does not verify');
      entries = verdict.entries;
    });
    db.close();
    return {
      name: 'audit trail verification, 100,000 entries',
      value: range(time, 0),
      target: '<= 1 s (worst run)',
      met: time.worst <= 1000 && entries === AUDIT_ENTRIES,
      detail: `${RUNS} runs: every entry read in order, its hash and link to the one before checked, and the keyed head`,
    };
  } finally {
    removeTempDir(dir);
  }
}
