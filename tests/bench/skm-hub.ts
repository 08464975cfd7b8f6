/**
 * The hub's SKM report over 1,000,000 survey answers (PostgreSQL): 20 kiosks' answers for a
 * year, projected into day tallies as ingestion does, then the console's report for every
 * kiosk together timed three times through the store.
 */
import { migrate } from '../../hub/store/migrate.ts';
import { openPostgresStore } from '../../hub/store/postgres-store.ts';
import { skmReport } from '../../hub/voice/skm-tally.ts';
import { createDatabase, startPostgres } from '../fixtures/postgres.ts';
import type { Figure } from './report.ts';
import { measureSkmOnKiosk } from './skm-kiosk.ts';

const ANSWERS = 1_000_000;
const TARGET_MS = 200;
const scores = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export async function measureSkmOnHub(): Promise<Figure> {
  const postgres = await startPostgres({ durable: true });
  const db = await createDatabase(postgres.adminUrl, 'bench_skm');
  const store = openPostgresStore(db.url, 2);
  await migrate(store);
  try {
    await store.transaction((tx) =>
      tx.script(`
        INSERT INTO kiosks (prefix, name, service_unit, address)
        SELECT substr('23456789ACDEFHJKMNPRTWX', i, 1) || 'KK', 'Kios ' || i, 'MPP', 'Jl. Uji' FROM generate_series(1, 20) AS i;
        INSERT INTO survey_responses (kiosk_id, seq, answered_at, answered_on, service_code, ${scores.map((s) => `u${s}`).join(', ')}, sex)
        SELECT k.kiosk_id, i, '2026-01-01', date '2026-01-01' + (i % 365), 'svc-' || (i % 10),
          ${scores.map((s) => (s === 4 ? `CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + (i * ${s}) % 4 END` : `1 + (i * ${s}) % 4`)).join(', ')},
          CASE i % 3 WHEN 0 THEN 'male' WHEN 1 THEN 'female' END
        FROM kiosks k, generate_series(1, ${ANSWERS / 20}) AS i;
        INSERT INTO survey_days (kiosk_id, day, service_code, respondents, ${scores.map((s) => `s${s}, n${s}`).join(', ')})
        SELECT kiosk_id, answered_on, service_code, count(*), ${scores.map((s) => `coalesce(sum(u${s}), 0), count(u${s})`).join(', ')}
        FROM survey_responses GROUP BY 1, 2, 3;
        INSERT INTO survey_profile_days (kiosk_id, day, service_code, field, value, n)
        SELECT kiosk_id, answered_on, service_code, 'sex', coalesce(sex, 'notSaid'), count(*) FROM survey_responses GROUP BY 1, 2, 3, 5;
        ANALYZE;
      `),
    );
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const report = await store.transaction((tx) =>
        skmReport(tx, { kind: 'year', year: 2026, number: 1, language: 'id' }),
      );
      times.push(performance.now() - started);
      if (report.respondents !== ANSWERS) throw new Error(`report counted ${report.respondents} respondents`);
    }
    const worst = Math.max(...times);
    return {
      name: 'SKM report at the hub, 1,000,000 survey answers (PostgreSQL)',
      value: `${times.map((t) => t.toFixed(1)).join(' / ')} ms (3 runs)`,
      target: `<= ${TARGET_MS} ms`,
      met: worst <= TARGET_MS,
    };
  } finally {
    await store.close();
    await db.drop();
    await postgres.stop();
  }
}

/** Both SKM figures, for run.ts: the kiosk's (SQLite) and the hub's (PostgreSQL). */
export async function measureSkm(): Promise<Figure[]> {
  return [measureSkmOnKiosk(), await measureSkmOnHub()];
}
