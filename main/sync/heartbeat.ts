/**
 * The kiosk's health for the hub's fleet table (sync/README.md, "Heartbeat"): versions,
 * the printer as the print queue's monitor sees it, print jobs, outbox backlog, free disk
 * and when the last sync succeeded.
 */
import { statfs } from 'node:fs/promises';
import type { DevicesStatus } from '../../preload/contract.ts';
import { PRINTER_HEALTH, type Heartbeat } from '../../sync/heartbeat.ts';
import type { Db } from '../store/open-database.ts';
import { jobCounts } from '../store/print-jobs-repo.ts';
import { getSetting } from '../store/settings-repo.ts';
import { backlog } from '../store/sync-repo.ts';
import { APP_VERSION } from './app-version.ts';
import { LAST_SUCCESS_SETTING } from './sync-settings.ts';

/** The heartbeat schema's limits on text and alerts. */
const MAX_DETAIL = 300;
const MAX_ALERTS = 20;

export interface HealthSources {
  db: Db;
  dataDir: string;
  catalogVersion: string | null;
  /** The devices status the operator screens show; null when the kiosk is not running (a USB export). */
  devices: () => Promise<DevicesStatus | null>;
  now: () => Date;
}

export async function heartbeat(sources: HealthSources): Promise<Heartbeat> {
  const { db } = sources;
  const devices = await sources.devices();
  const disk = await statfs(sources.dataDir);
  const printer = devices?.printer;
  return {
    sentAt: sources.now().toISOString(),
    appVersion: APP_VERSION,
    catalogVersion: sources.catalogVersion,
    printer: printer
      ? {
          configured: printer.configured,
          health: printer.health,
          detail: printer.detail?.slice(0, MAX_DETAIL) ?? null,
          checkedAt: printer.checkedAt,
        }
      : { configured: false, health: 'unknown', detail: 'The kiosk was not running.', checkedAt: null },
    alerts: printerAlerts(devices?.alerts ?? []).slice(0, MAX_ALERTS),
    printJobs: jobCounts(db),
    outboxBacklog: backlog(db),
    freeDiskBytes: disk.bavail * disk.bsize,
    lastSyncAt: getSetting(db, LAST_SUCCESS_SETTING) ?? null,
  };
}

/** The heartbeat carries the printer's alerts; the kiosk's own (sync overdue) the hub knows better itself. */
function printerAlerts(alerts: DevicesStatus['alerts']): Heartbeat['alerts'] {
  return alerts.filter((a): a is Heartbeat['alerts'][number] => (PRINTER_HEALTH as readonly string[]).includes(a.code));
}
