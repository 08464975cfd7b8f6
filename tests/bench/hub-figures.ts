/**
 * The hub's figures for `npm run bench`, each over three runs and reported as a range, on a
 * throwaway PostgreSQL cluster with durable commits (fsync and synchronous_commit on), or on
 * the server DATABASE_URL names.
 */
import { startPostgres } from '../fixtures/postgres.ts';
import { prepareQueryBench } from './hub-queries.ts';
import { measureSyncThroughput, measureTrickleBytes, type SyncRun } from './hub-sync-throughput.ts';
import type { Figure } from './report.ts';

const RUNS = 3;

const range = (values: number[], digits = 0) => {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}-${high}`;
};

export async function measureHub(): Promise<Figure[]> {
  const server = await startPostgres({ durable: true });
  try {
    const sync: SyncRun[] = [];
    for (let run = 0; run < RUNS; run++) sync.push(await measureSyncThroughput(server.adminUrl, run));
    const shares = sync.map((s) => (100 * s.hubPerSecond) / s.rawPerSecond);
    const bytes = sync.map((s) => s.bytesPerRequest);
    const trickle = await measureTrickleBytes(server.adminUrl);

    const queries = await prepareQueryBench(server.adminUrl);
    const runs = [];
    try {
      for (let run = 0; run < RUNS; run++) runs.push(await queries.run());
    } finally {
      await queries.close();
    }
    const list = runs.map((r) => r.listP95);
    const lookup = runs.map((r) => r.lookupP99);
    const lookupQuery = runs.map((r) => r.lookupQueryP99);
    return [
      {
        name: 'hub sync: 100,000 events from 20 kiosks over loopback HTTP',
        value: `${range(sync.map((s) => s.hubPerSecond))} events/s, ${range(shares)}% of raw`,
        target: '>= 30% of raw multi-row INSERTs of the same rows',
        met: Math.min(...shares) >= 30,
        detail: `raw INSERTs ${range(sync.map((s) => s.rawPerSecond))} rows/s; ${RUNS} runs`,
      },
      {
        name: 'hub sync: bytes on the wire per synced request (gzip)',
        value: `${range(bytes)} B in batches of 500`,
        target: '<= 400 B',
        met: Math.max(...bytes) <= 400,
        detail: `${trickle.toFixed(0)} B when a kiosk syncs 10 requests at a time (headers and signatures weigh more)`,
      },
      {
        name: 'hub: filtered request list, first page, 1,000,000 requests',
        value: `p95 ${range(list, 1)} ms`,
        target: 'p95 <= 50 ms',
        met: Math.max(...list) <= 50,
        detail: 'through the HTTP API with the session check; 7 filter mixes, 300 pages a run',
      },
      {
        name: 'hub: one request by tracking code, 1,000,000 requests',
        value: `p99 ${range(lookup, 1)} ms`,
        target: 'p99 <= 5 ms',
        met: Math.max(...lookup) <= 5,
        detail:
          `through the HTTP API with the session check, 1,000 lookups a run after 8,000 to warm up; the query alone ` +
          `p99 ${range(lookupQuery, 1)} ms; each run's p99 ${runs.map((r) => r.lookupP99.toFixed(1)).join(' / ')} ms` +
          (runs[0]!.lookupSteal && `, the host keeping ${runs.map((r) => r.lookupSteal).join(' / ')} of the CPU`),
      },
    ];
  } finally {
    await server.stop();
  }
}
