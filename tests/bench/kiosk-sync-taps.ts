/**
 * Does sync slow the citizen down? A built kiosk holding 15,000 unsent events (a month
 * offline) syncs with a built hub on PostgreSQL over a 64 kbit/s line, as a district kiosk
 * would, while requests are filed in Chromium with taps at 6x CPU slowdown. Tap-to-next-
 * screen while the line carries the sync is compared with the same kiosk and page while the
 * line is held, request by request in turn.
 *
 * Over loopback the same sync takes a second or two, too short to tap through; there the
 * kiosk's main process itself is measured: how long its event loop is held up, which is how
 * long a tap's API call can wait behind sync.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { createAccount } from '../../hub/accounts/accounts.ts';
import { openPostgresStore } from '../../hub/store/postgres-store.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { readConfig, type KioskConfig } from '../../main/config.ts';
import { backlog } from '../../main/store/sync-repo.ts';
import { openDataFolder, trackingCodes } from '../../main/open-kiosk.ts';
import { enrol, readEnrolment } from '../../main/sync/enrol.ts';
import { launchChromium, tap, TOUCH_SCREEN_INPUT } from '../e2e/browser.ts';
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
async function fileRequest(finger: Finger): Promise<void> {
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

/**
 * A pause before each request of the run, the line held or not: what the kiosk had begun
 * before the line was held (an answer from the hub to store, the next batch to read) is over
 * before the held request's first tap, as it would be for a request filed with the line open.
 * At full speed a sync step holds the kiosk's event loop up to about 10 ms.
 */
const SETTLE_MS = 300;

interface Run {
  during: number[];
  quiet: number[];
  /** Requests filed with the line carrying the sync, and as many with it held. */
  pairs: number;
  syncSeconds: number;
}

/**
 * One kiosk, one page, the month's sync under way: requests filed in turn with the line
 * carrying the sync and with the line held, when the kiosk waits on the hub and does
 * nothing else, as a kiosk without a sync. Taken in turn, request by request, both arms
 * share the page's warming up and whatever else the machine does meanwhile; taken before and
 * after the sync (as this bench did until it was seen to swing), the two sides of the arm
 * without the sync differed from each other by as much as the figure.
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
    let taken = 0;
    let filed = 0;
    /** Files one request and returns the times of the screen changes it made. */
    const fileOne = async () => {
      await sleep(SETTLE_MS);
      await fileRequest(finger);
      filed++;
      const all = (await recordedTaps(page)).framed;
      const taps = all.slice(taken);
      taken = all.length;
      return taps;
    };
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await fileOne();

    lineUp = true;
    const asked = new Date().toISOString();
    const started = Date.now();
    let status = await api('sync.now');
    while (status.state !== 'syncing' && (status.lastAttemptAt ?? '') < asked) {
      await sleep(10);
      status = await api('sync.status');
    }
    const syncing = async () => {
      const status = await api('sync.status');
      if (status.state !== 'syncing' && status.lastError) throw new Error(`the sync failed: ${status.lastError}`);
      // The month is sent once no more is waiting than the requests filed since the start,
      // which a quiet kiosk sends a few seconds after each.
      return status.backlog > filed;
    };
    const during: number[] = [];
    const quiet: number[] = [];
    let pairs = 0;
    const carrying = async () => void during.push(...(await fileOne()));
    const held = async () => {
      link.hold(true);
      quiet.push(...(await fileOne()));
      link.hold(false);
    };
    while (await syncing()) {
      // Each arm goes first in every other pair, so neither is always the one that follows.
      for (const file of pairs % 2 === 0 ? [carrying, held] : [held, carrying]) await file();
      pairs++;
    }
    const syncSeconds = (Date.now() - started) / 1000;
    if (pairs === 0) throw new Error('the sync ended before a request could be filed during it');
    await page.context().close();
    const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
    return { during: ascending(during), quiet: ascending(quiet), pairs, syncSeconds };
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
      browser = await launchChromium([TOUCH_SCREEN_INPUT]);
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
          `a new kiosk's month offline, synced over ${LINE_BYTES_PER_SECOND * 8} bit/s in ${run.syncSeconds.toFixed(0)} s with the line held half the time; ` +
          `${run.during.length} screen changes in ${run.pairs} requests filed while the line carried the sync ` +
          `(p50 ${Math.round(percentile(run.during, 50))} ms), ${run.quiet.length} in as many filed in turn with them ` +
          `while it was held (p50 ${Math.round(percentile(run.quiet, 50))} ms); at full speed over loopback ` +
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
