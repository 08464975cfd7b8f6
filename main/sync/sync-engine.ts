/**
 * Sync in the background of the main process: a round sends the events the hub has not
 * acknowledged, applies the feed, and reports health when due; then it waits for the next
 * round. While the hub cannot be reached it backs off, doubling the wait with jitter so a
 * fleet that lost its link does not come back all at once. Every step waits for running
 * submissions (SubmissionGate) and yields between batches: the citizen never waits for sync.
 */
import type { DevicesStatus, SyncStatus } from '../../preload/contract.ts';
import { SYNC_PATHS } from '../../sync/protocol.ts';
import type { TrackingCodes } from '../requests/tracking-code.ts';
import type { Db } from '../store/open-database.ts';
import { getSetting, setSetting } from '../store/settings-repo.ts';
import { backlog } from '../store/sync-repo.ts';
import { APP_VERSION } from './app-version.ts';
import type { CatalogShelf } from './catalog-shelf.ts';
import { enrol, EnrolmentError, type Enrolment } from './enrol.ts';
import { heartbeat } from './heartbeat.ts';
import { HubClient, HubRefusal, LinkFailure, SyncProblem } from './hub-client.ts';
import { loadIdentity, type SyncIdentity } from './identity.ts';
import { pullFeed } from './pull.ts';
import { BatchSize, pushEvents, type BatchWatch } from './push.ts';
import type { SubmissionGate } from './submission-gate.ts';
import { callHub, type SyncRun } from './sync-run.ts';
import { CATALOG_REFUSED_SETTING, hubSettings, LAST_SUCCESS_SETTING } from './sync-settings.ts';

export interface SyncTiming {
  /** Between rounds while all is well (the hub's syncSeconds setting unless given here). */
  syncSeconds: number;
  /** Between heartbeats (the hub's heartbeatSeconds unless given here). */
  heartbeatSeconds: number;
  /** From a submission to the round that sends it. */
  soonMs: number;
  /** The first wait after a failure; it doubles up to backoffMaxMs. */
  backoffFirstMs: number;
  backoffMaxMs: number;
  /** A call with nothing arriving for this long has failed. */
  callTimeoutMs: number;
}

const DEFAULT_TIMING: SyncTiming = {
  syncSeconds: 60,
  heartbeatSeconds: 120,
  soonMs: 3000,
  backoffFirstMs: 5000,
  backoffMaxMs: 5 * 60_000,
  callTimeoutMs: 30_000,
};

export interface SyncEngineOptions {
  db: Db;
  hubUrl: string;
  /** KIOSK_ENROL_CODE: enrol with it before the first round if the kiosk is not enrolled. */
  enrolment: Enrolment | null;
  dataDir: string;
  codes: () => TrackingCodes;
  catalogs: CatalogShelf;
  devices: () => Promise<DevicesStatus | null>;
  gate: SubmissionGate;
  /** The hub gave this kiosk its prefix. */
  onEnrolled: (identity: SyncIdentity) => void;
  /** A catalog, announcements or settings arrived. */
  onKioskChanged: () => void;
  timing?: Partial<SyncTiming>;
  now?: () => Date;
  /** Tests watch batches go out and come back acknowledged. */
  watch?: Partial<BatchWatch>;
}

type Progress = NonNullable<SyncStatus['progress']>;

export class SyncEngine {
  private readonly now: () => Date;
  private readonly size = new BatchSize();
  private readonly abort = new AbortController();
  private client: HubClient;
  private timer: NodeJS.Timeout | undefined;
  private nextAt: Date | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private failures = 0;
  private lastAttemptAt: string | null = null;
  private lastError: string | null = null;
  private lastHeartbeatAt = 0;
  private progress: Progress | null = null;
  /** A round was asked for while one ran. */
  private again = false;
  /** An enrolment the hub refused, or that cannot be made: trying again will not help. */
  private enrolmentRefused = false;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? (() => new Date());
    this.client = new HubClient(options.hubUrl, this.timing('callTimeoutMs'));
  }

  start(): void {
    this.schedule(0);
  }

  /** A submission or help call was recorded: send it soon, unless the link is down and the kiosk is waiting. */
  soon(): void {
    if (this.failures > 0 || this.stopped) return;
    // A round past sending its events would miss this one: another follows it at once.
    if (this.running) {
      this.again = true;
      return;
    }
    const soonMs = this.timing('soonMs');
    if (!this.nextAt || this.nextAt.getTime() - Date.now() > soonMs) this.schedule(soonMs);
  }

  /** An operator asked for a round now: it starts at once unless one is running. */
  syncNow(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Runs a round now and resolves when it has ended (the CLI and tests). */
  async runRound(): Promise<void> {
    clearTimeout(this.timer);
    if (this.running) await this.running;
    await this.round();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.running;
    this.client.close();
  }

  status(): SyncStatus {
    const { db } = this.options;
    const identity = loadIdentity(db);
    const enrolling = !identity && this.options.enrolment && !this.enrolmentRefused;
    const state = this.progress
      ? 'syncing'
      : !identity && !enrolling
        ? 'notEnrolled'
        : this.failures > 0
          ? 'waiting'
          : identity
            ? 'idle'
            : 'enrolling';
    return {
      state,
      hubUrl: this.options.hubUrl,
      kioskPrefix: identity?.prefix ?? null,
      lastSuccessAt: getSetting(db, LAST_SUCCESS_SETTING) ?? null,
      lastAttemptAt: this.lastAttemptAt,
      nextAttemptAt: this.nextAt?.toISOString() ?? null,
      backlog: backlog(db),
      progress: this.progress,
      lastError: this.lastError,
      catalogVersion: this.options.catalogs.version,
      catalogRefused: getSetting(db, CATALOG_REFUSED_SETTING) ?? null,
    };
  }

  /** Given timing first (tests), then the hub's settings for this kiosk, then the defaults. */
  private timing(key: keyof SyncTiming): number {
    const hub = hubSettings(this.options.db);
    const fromHub = key === 'syncSeconds' || key === 'heartbeatSeconds' ? hub?.[key] : undefined;
    return this.options.timing?.[key] ?? fromHub ?? DEFAULT_TIMING[key];
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.nextAt = new Date(Date.now() + delayMs);
    this.timer = setTimeout(() => void this.round(), delayMs);
    // A pending round never keeps a stopping process alive.
    this.timer.unref();
  }

  private round(): Promise<void> {
    if (this.running) this.again = true;
    this.running ??= this.runOnce().finally(() => (this.running = null));
    return this.running;
  }

  private async runOnce(): Promise<void> {
    clearTimeout(this.timer);
    this.nextAt = null;
    if (this.stopped) return;
    this.again = false;
    this.lastAttemptAt = this.now().toISOString();
    try {
      const identity = loadIdentity(this.options.db) ?? (await this.enrolFirst());
      if (!identity) return;
      const refusal = await this.exchange(identity);
      this.failures = 0;
      this.lastError = refusal;
      this.schedule(this.again ? 0 : this.timing('syncSeconds') * 1000);
    } catch (error) {
      if (this.stopped) return;
      this.failures++;
      this.lastError = sentenceOf(error);
      if (error instanceof EnrolmentError || (error instanceof HubRefusal && this.enrolmentRefused)) return;
      const asked = error instanceof LinkFailure ? (error.retryAfterMs ?? 0) : 0;
      this.schedule(Math.max(this.backoff(), Math.min(asked, this.timing('backoffMaxMs'))));
    } finally {
      this.progress = null;
    }
  }

  private async enrolFirst(): Promise<SyncIdentity | null> {
    const { enrolment } = this.options;
    if (!enrolment || this.enrolmentRefused) return null;
    this.progress = { phase: 'enrol', eventsSent: 0, eventsToSend: 0, statusesReceived: 0 };
    try {
      const identity = await enrol(
        this.options.db,
        this.options.hubUrl,
        enrolment,
        APP_VERSION,
        this.now,
        this.abort.signal,
      );
      this.options.onEnrolled(identity);
      return identity;
    } catch (error) {
      this.enrolmentRefused = error instanceof EnrolmentError || error instanceof HubRefusal;
      throw error;
    }
  }

  /** Events out, feed in, health when due. Resolves with a batch refusal's sentence, if the hub refused one. */
  private async exchange(identity: SyncIdentity): Promise<string | null> {
    const { db } = this.options;
    const run: SyncRun = {
      db,
      client: this.client,
      signer: { kiosk: identity.prefix, keys: identity.signing },
      hubKey: identity.hub.signingKey,
      signal: this.abort.signal,
      gate: this.options.gate,
      now: this.now,
    };
    const progress: Progress = { phase: 'send', eventsSent: 0, eventsToSend: backlog(db), statusesReceived: 0 };
    this.progress = progress;
    let refusal: string | null = null;
    try {
      await pushEvents({
        ...run,
        size: this.size,
        watch: {
          sending: (fromSeq, toSeq) => this.options.watch?.sending?.(fromSeq, toSeq),
          acknowledged: (fromSeq, toSeq, ackedSeq) => {
            progress.eventsSent = Math.min(progress.eventsToSend, progress.eventsSent + toSeq - fromSeq + 1);
            this.options.watch?.acknowledged?.(fromSeq, toSeq, ackedSeq);
          },
        },
      });
    } catch (error) {
      // A refused batch will be refused again as it is; statuses and health still flow.
      if (!(error instanceof HubRefusal && error.code === 'batch-refused')) throw error;
      refusal = error.message;
    }
    progress.phase = 'receive';
    const pulled = await pullFeed({ ...run, codes: this.options.codes });
    progress.statusesReceived = pulled.statuses;
    if (pulled.kioskChanged) this.options.onKioskChanged();
    // Every event out and the feed in: the sync itself succeeded, and the heartbeat reports it.
    if (!refusal) setSetting(db, LAST_SUCCESS_SETTING, this.now().toISOString());
    if (Date.now() - this.lastHeartbeatAt >= this.timing('heartbeatSeconds') * 1000) {
      progress.phase = 'heartbeat';
      await run.gate.clear();
      const body = await heartbeat({
        db,
        dataDir: this.options.dataDir,
        catalogVersion: this.options.catalogs.version,
        devices: this.options.devices,
        now: this.now,
      });
      await callHub(run, 'POST', SYNC_PATHS.heartbeat, body);
      this.lastHeartbeatAt = Date.now();
    }
    return refusal;
  }

  /** Doubles from backoffFirstMs up to backoffMaxMs, each wait drawn between half and all of it. */
  private backoff(): number {
    const ceiling = Math.min(this.timing('backoffMaxMs'), this.timing('backoffFirstMs') * 2 ** (this.failures - 1));
    return Math.round(ceiling * (0.5 + Math.random() / 2));
  }
}

/** The one sentence sync.status shows for a failed round. */
function sentenceOf(error: unknown): string {
  if (
    error instanceof HubRefusal ||
    error instanceof LinkFailure ||
    error instanceof SyncProblem ||
    error instanceof EnrolmentError
  ) {
    return error.message;
  }
  console.error('[sync] round failed', error);
  return `Sync failed inside the kiosk (${error instanceof Error ? error.message : String(error)}); it will try again.`;
}
