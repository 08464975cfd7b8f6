/**
 * Does sync slow the citizen down? A built kiosk holding 15,000 unsent events (a month
 * offline) syncs with a built hub on PostgreSQL over a 64 kbit/s line, as a district kiosk
 * would, while requests are filed in Chromium with taps at 6x CPU slowdown. Tap-to-next-
 * screen during the sync is compared with the same kiosk and page without it: before its
 * line comes up and after the sync.
 *
 * Over loopback the same sync takes a second or two, too short to tap through; there the
 * kiosk's main process itself is measured: how long its event loop is held up, which is how
 * long a tap's API call can wait behind sync.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { createAccount } from '../../hub/accounts/accounts.ts';
import { openPostgresStore } from '../../hub/store/postgres-store.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { readConfig, type KioskConfig } from '../../main/config.ts';
import { backlog } from '../../main/store/sync-repo.ts';
import { openDataFolder, trackingCodes } from '../../main/open-kiosk.ts';
import { enrol, readEnrolment } from '../../main/sync/enrol.ts';
import { launchChromium, tap } from '../e2e/browser.ts';
import { tapKeys } from '../e2e/citizen.ts';
import { keyFileFor, startKioskProcess } from '../e2e/kiosk-process.ts';
import { createDatabase, startPostgres } from '../fixtures/postgres.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import { AgencyClient } from '../unit/hub/harness/agency-client.ts';
import { kioskApi, OPERATOR_KEY } from '../unit/kiosk-sync/harness/kiosk-api.ts';
import { bareEngine } from '../unit/kiosk-sync/harness/bare-engine.ts';
import { fileMonthOfRequests } from '../unit/kiosk-sync/harness/month-of-requests.ts';
import { startSlowLink } from '../unit/kiosk-sync/harness/slow-link.ts';
import { startBenchHub } from './hub-process.ts';
import { percentile, type Figure } from './report.ts';
import {
  CPU_SLOWDOWN,
  fingerOn,
  move,
  recordedTaps,
  throttledPage,
  WARM_UP_REQUESTS,
  type Finger,
} from './screen-taps.ts';

const EVENTS = 15_000;
/** 64 kbit/s. */
const LINE_BYTES_PER_SECOND = 8000;

const kkUbah = loadCatalog().services.find((s) => s.service_code === 'kk-ubah')!;
const CHANGE = kkUbah.fields.find((f) => f.code === 'perubahan')!.values![0]!.key;

/** A family-card change from the start screen back to it, with taps: NIK, what changes, no SMS. */
async function fileOne(finger: Finger): Promise<void> {
  const { page } = finger;
  const toFirstQuestion = [
    'start',
    'lang-id',
    `category-${kkUbah.group}`,
    'service-kk-ubah',
    'standard-start',
    'notice-accept',
  ];
  for (const testId of toFirstQuestion) await move(finger, testId);
  await tapKeys(page, '3273011708850001');
  await move(finger, 'next');
  await tap(page, `choice-${CHANGE}`);
  await move(finger, 'next');
  await move(finger, 'consent-no');
  await move(finger, 'confirm');
  await page.getByTestId('screen-result').waitFor();
  await move(finger, 'finish');
}

/** A new kiosk enrolled at the hub, holding a month of requests it has not sent. */
async function monthOffline(hubUrl: string, code: string): Promise<KioskConfig> {
  const dataDir = tempDir('bench-month');
  const config = readConfig({ KIOSK_DATA_DIR: dataDir, KIOSK_KEY_FILE: keyFileFor(dataDir) }, dataDir);
  const { db, lock } = await openDataFolder(config);
  try {
    const identity = await enrol(db, hubUrl, readEnrolment(code)!, '0.1.0', () => new Date());
    const kiosk = { codes: trackingCodes(db, identity.prefix), name: 'Kios Bench', timeZone: 'Asia/Jakarta' };
    fileMonthOfRequests(db, loadCatalog(), kiosk, EVENTS, new Date());
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
    lock.release();
  }
  return config;
}

/** Requests filed before the line comes up: with as many after the sync, the quiet taps flank the sync's. */
const BEFORE_REQUESTS = 8;

interface Run {
  during: number[];
  quiet: number[];
  /** The quiet arm's two sides: requests filed and their taps' p95. */
  before: { requests: number; p95: number };
  after: { requests: number; p95: number };
  syncSeconds: number;
}

/**
 * One kiosk, one page: quiet taps with the link down, taps while the month syncs, and quiet
 * taps again once it has. The quiet ones are taken on both sides of the sync, as many in all
 * as during it, so a page still warming up, or one warmed longer, weighs on both arms alike.
 */
async function oneRun(browser: Browser, config: KioskConfig, hubPort: number): Promise<Run> {
  // Down, the line cuts every connection at its first byte and the kiosk backs off.
  let lineUp = false;
  const link = await startSlowLink(hubPort, {
    bytesPerSecond: LINE_BYTES_PER_SECOND,
    cutAfterBytes: () => (lineUp ? Infinity : 0),
  });
  const kiosk = await startKioskProcess({
    KIOSK_DATA_DIR: config.dataDir,
    KIOSK_ID: '',
    KIOSK_HUB_URL: link.url,
    KIOSK_OPERATOR_KEY: OPERATOR_KEY,
  });
  try {
    const api = await kioskApi(kiosk);
    const page = await throttledPage(browser, kiosk.url);
    const finger = await fingerOn(page);
    await page.getByTestId('screen-attract').waitFor();
    const taps = async () => (await recordedTaps(page)).framed;
    let filed = 0;
    const file = async (requests: number) => {
      for (let i = 0; i < requests; i++, filed++) await fileOne(finger);
    };
    await file(WARM_UP_REQUESTS);
    const warm = (await taps()).length;
    await file(BEFORE_REQUESTS);
    const before = (await taps()).slice(warm);

    lineUp = true;
    const asked = new Date().toISOString();
    const started = Date.now();
    let status = await api('sync.now');
    while (status.state !== 'syncing' && (status.lastAttemptAt ?? '') < asked) {
      await new Promise((r) => setTimeout(r, 10));
      status = await api('sync.status');
    }
    const syncing = async () => {
      const status = await api('sync.status');
      if (status.state !== 'syncing' && status.lastError) throw new Error(`the sync failed: ${status.lastError}`);
      // The month is sent once no more is waiting than the requests filed since the start,
      // which a quiet kiosk sends a few seconds after each.
      return status.backlog > filed;
    };
    const duringFrom = warm + before.length;
    let duringRequests = 0;
    while (await syncing()) {
      await file(1);
      duringRequests++;
    }
    const syncSeconds = (Date.now() - started) / 1000;
    if (duringRequests === 0) throw new Error('the sync ended before a request could be filed during it');
    const during = (await taps()).slice(duringFrom);
    const afterRequests = Math.max(1, duringRequests - BEFORE_REQUESTS);
    await file(afterRequests);
    const after = (await taps()).slice(duringFrom + during.length);
    await page.context().close();
    const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
    return {
      during: ascending(during),
      quiet: ascending([...before, ...after]),
      before: { requests: BEFORE_REQUESTS, p95: percentile(ascending(before), 95) },
      after: { requests: afterRequests, p95: percentile(ascending(after), 95) },
      syncSeconds,
    };
  } finally {
    await kiosk.stop();
    await link.close();
  }
}

/** The kiosk's sync code in this process, at full speed over loopback: its event loop's delays. */
async function fullSpeed(config: KioskConfig, hubUrl: string): Promise<{ seconds: number; p99: number; max: number }> {
  const { db, lock } = await openDataFolder(config);
  const engine = bareEngine(db, config.dataDir, hubUrl);
  const delay = monitorEventLoopDelay({ resolution: 1 });
  try {
    delay.enable();
    const started = Date.now();
    engine.start();
    while (backlog(db) > 0 || engine.status().state !== 'idle') await new Promise((r) => setTimeout(r, 50));
    delay.disable();
    return { seconds: (Date.now() - started) / 1000, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
  } finally {
    await engine.stop();
    db.close();
    lock.release();
  }
}

export async function measureSyncTaps(): Promise<Figure> {
  const server = await startPostgres({ durable: true });
  let browser: Browser | undefined;
  try {
    const database = await createDatabase(server.adminUrl, 'bench_kiosk_sync');
    const store = openPostgresStore(database.url, 1);
    const hub = await startBenchHub(database.url);
    try {
      await store.transaction((tx) =>
        createAccount(tx, null, {
          username: 'admin',
          displayName: 'Admin',
          role: 'admin',
          password: 'kata-sandi-bench',
        }),
      );
      const admin = new AgencyClient(hub.url);
      await admin.signIn('admin', 'kata-sandi-bench');
      browser = await launchChromium();
      const config = await monthOffline(hub.url, (await admin.newKiosk('Bench')).code);
      const run = await oneRun(browser, config, Number(new URL(hub.url).port));
      const loop = await fullSpeed(await monthOffline(hub.url, (await admin.newKiosk('Fast')).code), hub.url);
      const during = percentile(run.during, 95);
      const quiet = percentile(run.quiet, 95);
      const rise = (100 * (during - quiet)) / quiet;
      return {
        name: `tap to next screen while ${EVENTS.toLocaleString('en')} events sync, CPU ${CPU_SLOWDOWN}x slower`,
        value: `p95 ${Math.round(during)} ms against ${Math.round(quiet)} ms without it: ${Math.round(rise)}%`,
        target: 'p95 raised by <= 10%',
        met: rise <= 10,
        detail:
          `a new kiosk's month offline, synced over ${LINE_BYTES_PER_SECOND * 8} bit/s in ${run.syncSeconds.toFixed(0)} s; ` +
          `${run.during.length} screen changes during the sync; ${run.quiet.length} without it, from ${run.before.requests} requests ` +
          `before the line came up (p95 ${Math.round(run.before.p95)} ms) and ${run.after.requests} after the sync ` +
          `(p95 ${Math.round(run.after.p95)} ms). At full speed over loopback ` +
          `the sync takes ${loop.seconds.toFixed(1)} s and holds the kiosk's event loop up to p99 ${loop.p99.toFixed(0)} ms, ` +
          `max ${loop.max.toFixed(0)} ms`,
      };
    } finally {
      await hub.stop();
      await store.close();
      await database.drop();
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}
