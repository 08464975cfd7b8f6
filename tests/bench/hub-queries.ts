/**
 * The agency's queries with 1,000,000 stored requests (50 kiosks of 20,000 over a year),
 * timed through the hub's HTTP API as the console will call it, session check included:
 * the first page of filtered lists, and one request found by its tracking code.
 */
import { listRequests } from '../../hub/agency/request-list.ts';
import { createAccount } from '../../hub/accounts/accounts.ts';
import { migrate } from '../../hub/store/migrate.ts';
import { openPostgresStore } from '../../hub/store/postgres-store.ts';
import type { Store } from '../../hub/store/store.ts';
import { createDatabase } from '../fixtures/postgres.ts';
import { AgencyClient } from '../unit/hub/harness/agency-client.ts';
import { countSteal } from './host-steal.ts';
import { KeepAliveGetter } from './keep-alive-get.ts';
import { startBenchHub } from './hub-process.ts';
import { percentile } from './report.ts';

const KIOSKS = 50;
const PER_KIOSK = 20_000;
const WARM_UP_CALLS = 8_000;
const SERVICES = ['ktp-el', 'kk-baru', 'akta-lahir', 'pindah', 'skck', 'izin-usaha', 'pbg-konsultasi', 'kia'];

export interface QueryRun {
  listP95: number;
  lookupP99: number;
  /** The lookup's database query alone, without HTTP and the session check. */
  lookupQueryP99: number;
  /** The share of the CPU the host kept while the lookups ran through the API, or ''. */
  lookupSteal: string;
}

async function load(store: Store): Promise<string[]> {
  await store.script(`
    CREATE FUNCTION pg_temp.b23(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT string_agg(substr('23456789ACDEFHJKMNPRTWX', ((n / (23::bigint ^ i)::bigint) % 23)::int + 1, 1), '' ORDER BY i DESC)
      FROM generate_series(0, 8) AS i $$;
    INSERT INTO kiosks (prefix, name, service_unit, address)
      SELECT right(pg_temp.b23(k * 97), 3), 'Kios ' || k, 'Unit ' || (k % 5), 'Alamat ' || k FROM generate_series(1, ${KIOSKS}) AS k;
    INSERT INTO kiosk_sync (kiosk_id) SELECT kiosk_id FROM kiosks;
    INSERT INTO requests (kiosk_id, tracking_code, seq, service_code, catalog_version, language, counter, queue_day,
                          queue_number, requested_at, status, status_changed_at)
    SELECT k.kiosk_id, k.prefix || pg_temp.b23(g), g,
           (ARRAY['${SERVICES.join("','")}'])[1 + (g * 7 + k.kiosk_id) % ${SERVICES.length}],
           '1', CASE WHEN g % 4 = 0 THEN 'en' ELSE 'id' END, 'A',
           (timestamptz '2025-12-01 00:00+07' + g * interval '1577 seconds')::date, 1 + g % 300,
           timestamptz '2025-12-01 00:00+07' + g * interval '1577 seconds' + k.kiosk_id * interval '7 seconds',
           (ARRAY['done','done','done','done','done','done','done','done','done','received','received','received','received',
                  'processing','processing','processing','processing','ready','ready','rejected'])[1 + (g * 13 + k.kiosk_id) % 20],
           NULL
    FROM kiosks k CROSS JOIN generate_series(1, ${PER_KIOSK}) AS g;
  `);
  await store.script('VACUUM ANALYZE requests');
  // The load leaves about a gigabyte of pages for the checkpointer to write out, which it
  // does over the next minutes; a hub that gathered its million requests over years has
  // no such backlog, so it is written now rather than beside the timed calls.
  await store.script('CHECKPOINT');
  return (await store.query<{ prefix: string }>('SELECT prefix FROM kiosks ORDER BY kiosk_id')).map((r) => r.prefix);
}

/** One call's milliseconds; a lookup that does not find its one request is an error, not a fast answer. */
async function timeCall(client: KeepAliveGetter, path: string, rows?: number): Promise<number> {
  const start = performance.now();
  const answer = await client.get(path);
  const ms = performance.now() - start;
  if (answer.status !== 200) throw new Error(`${path}: ${answer.text}`);
  if (rows === undefined) return ms;
  const found = (JSON.parse(answer.text) as { requests: unknown[] }).requests.length;
  if (found !== rows) throw new Error(`${path}: ${found} requests instead of ${rows}`);
  return ms;
}

export interface QueryBench {
  run(): Promise<QueryRun>;
  close(): Promise<void>;
}

/** Loads once; each run() times 300 list pages and 1,000 lookups on the same data. */
export async function prepareQueryBench(adminUrl: string): Promise<QueryBench> {
  const db = await createDatabase(adminUrl, 'bench_queries');
  const store = openPostgresStore(db.url, 2);
  await migrate(store);
  const prefixes = await load(store);
  await store.transaction((tx) =>
    createAccount(tx, null, { username: 'admin', displayName: 'Admin', role: 'admin', password: 'kata-sandi-bench' }),
  );
  const codes = (
    await store.query<{ tracking_code: string }>('SELECT tracking_code FROM requests TABLESAMPLE SYSTEM (1) LIMIT 5000')
  ).map((r) => r.tracking_code);
  const hub = await startBenchHub(db.url);
  const admin = new AgencyClient(hub.url);
  await admin.signIn('admin', 'kata-sandi-bench');
  const client = new KeepAliveGetter(hub.url, admin.token!);
  const filters = [
    () => '?status=received',
    () => `?service=${SERVICES[Math.floor(Math.random() * SERVICES.length)]}`,
    () => `?kiosk=${prefixes[Math.floor(Math.random() * prefixes.length)]}`,
    () => '?service=skck&status=processing&from=2026-03-01T00:00:00%2B07:00&to=2026-06-01T00:00:00%2B07:00',
    () => `?status=rejected&kiosk=${prefixes[Math.floor(Math.random() * prefixes.length)]}`,
    () => '?from=2026-07-01T00:00:00Z&to=2026-07-08T00:00:00Z',
    () => '?status=rejected&service=kia',
  ];
  const randomCode = () => codes[Math.floor(Math.random() * codes.length)]!;
  const listPath = (i: number) => `/api/v1/requests${filters[i % filters.length]!()}&limit=50`;
  // Warm up both processes (JIT, connection pools, caches) before anything is timed. V8
  // was seen still optimising the HTTP server's and the database driver's hot paths after
  // 4,000 calls, each such burst on the second core slowing ten calls to 5-20 ms; a hub in
  // service is long past that, so the timed calls start after WARM_UP_CALLS.
  for (let i = 0; i < WARM_UP_CALLS; i++) {
    if (i % 5 === 0) await timeCall(client, listPath(i));
    await timeCall(client, `/api/v1/requests?tracking=${randomCode()}`, 1);
  }
  return {
    async run() {
      const list: number[] = [];
      for (let i = 0; i < 300; i++) list.push(await timeCall(client, listPath(i)));
      const lookup: number[] = [];
      const stolen = countSteal();
      for (let i = 0; i < 1000; i++)
        lookup.push(await timeCall(client, `/api/v1/requests?tracking=${randomCode()}`, 1));
      const lookupSteal = stolen();
      const query: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const start = performance.now();
        await listRequests(store, { tracking: randomCode(), limit: 50 });
        query.push(performance.now() - start);
      }
      const p = (values: number[], at: number) =>
        percentile(
          [...values].sort((a, b) => a - b),
          at,
        );
      return { listP95: p(list, 95), lookupP99: p(lookup, 99), lookupQueryP99: p(query, 99), lookupSteal };
    },
    async close() {
      client.close();
      await hub.stop();
      await store.close();
      await db.drop();
    },
  };
}
