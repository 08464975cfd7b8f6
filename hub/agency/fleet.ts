/**
 * The fleet as the agency sees it: every kiosk with its registry entry, its sync state and
 * its newest heartbeat; and a summary of what needs attention.
 */
import { z } from 'zod';
import { Heartbeat } from '../../sync/heartbeat.ts';
import type { Queryable } from '../store/store.ts';

/** A kiosk silent for longer than this shows as offline. */
export const OFFLINE_MINUTES = 15;

export const KioskView = z.object({
  prefix: z.string(),
  name: z.string(),
  serviceUnit: z.string(),
  address: z.string(),
  state: z.enum(['awaiting-enrolment', 'online', 'offline', 'revoked']),
  createdAt: z.date(),
  enrolledAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  revokedReason: z.string().nullable(),
  ackedSeq: z.number(),
  lastBatchAt: z.date().nullable(),
  lastFeedAt: z.date().nullable(),
  health: z
    .object({
      receivedAt: z.date(),
      via: z.enum(['network', 'usb']),
      appVersion: z.string(),
      catalogVersion: z.string().nullable(),
      printer: Heartbeat.shape.printer,
      alerts: Heartbeat.shape.alerts,
      printJobs: Heartbeat.shape.printJobs,
      outboxBacklog: z.number(),
      freeDiskBytes: z.number(),
      lastSyncAt: z.date().nullable(),
    })
    .nullable(),
});
export type KioskView = z.infer<typeof KioskView>;

interface FleetRow {
  prefix: string;
  name: string;
  service_unit: string;
  address: string;
  created_at: Date;
  enrolled_at: Date | null;
  revoked_at: Date | null;
  revoked_reason: string | null;
  acked_seq: number;
  last_batch_at: Date | null;
  last_feed_at: Date | null;
  last_contact: Date | null;
  received_at: Date | null;
  via: 'network' | 'usb';
  app_version: string;
  catalog_version: string | null;
  printer: Heartbeat['printer'];
  alerts: Heartbeat['alerts'];
  print_queued: number;
  print_failed: number;
  outbox_backlog: number;
  free_disk_bytes: number;
  last_sync_at: Date | null;
}

function stateOf(row: FleetRow, now: Date): KioskView['state'] {
  if (row.revoked_at) return 'revoked';
  if (!row.enrolled_at) return 'awaiting-enrolment';
  const contact = row.last_contact?.getTime() ?? 0;
  return now.getTime() - contact <= OFFLINE_MINUTES * 60_000 ? 'online' : 'offline';
}

const toView = (row: FleetRow, now: Date): KioskView => ({
  prefix: row.prefix,
  name: row.name,
  serviceUnit: row.service_unit,
  address: row.address,
  state: stateOf(row, now),
  createdAt: row.created_at,
  enrolledAt: row.enrolled_at,
  revokedAt: row.revoked_at,
  revokedReason: row.revoked_reason,
  ackedSeq: row.acked_seq,
  lastBatchAt: row.last_batch_at,
  lastFeedAt: row.last_feed_at,
  health: row.received_at
    ? {
        receivedAt: row.received_at,
        via: row.via,
        appVersion: row.app_version,
        catalogVersion: row.catalog_version,
        printer: row.printer,
        alerts: row.alerts,
        printJobs: { queued: row.print_queued, failed: row.print_failed },
        outboxBacklog: row.outbox_backlog,
        freeDiskBytes: row.free_disk_bytes,
        lastSyncAt: row.last_sync_at,
      }
    : null,
});

export async function listKiosks(q: Queryable, prefix?: string): Promise<KioskView[]> {
  const [{ now }] = (await q.query<{ now: Date }>('SELECT now()')) as [{ now: Date }];
  const rows = await q.query<FleetRow>(
    `SELECT k.prefix, k.name, k.service_unit, k.address, k.created_at, k.enrolled_at, k.revoked_at, k.revoked_reason,
            s.acked_seq, s.last_batch_at, s.last_feed_at,
            greatest(s.last_batch_at, s.last_feed_at, CASE WHEN h.via = 'network' THEN h.received_at END) AS last_contact,
            h.received_at, h.via, h.app_version, h.catalog_version, h.printer, h.alerts, h.print_queued, h.print_failed,
            h.outbox_backlog, h.free_disk_bytes, h.last_sync_at
     FROM kiosks k JOIN kiosk_sync s USING (kiosk_id) LEFT JOIN fleet_health h USING (kiosk_id)
     WHERE k.channel = 'kiosk' ${prefix ? 'AND k.prefix = $1' : ''} ORDER BY k.name, k.prefix`,
    prefix ? [prefix] : [],
  );
  return rows.map((row) => toView(row, now));
}

export const FleetSummary = z.object({
  kiosks: z.number(),
  online: z.number(),
  offline: z.number(),
  awaitingEnrolment: z.number(),
  revoked: z.number(),
  printerProblems: z.number(),
  failedPrintJobs: z.number(),
  outboxBacklog: z.number(),
});

export function summarise(kiosks: KioskView[]): z.infer<typeof FleetSummary> {
  const active = kiosks.filter((k) => k.state === 'online' || k.state === 'offline');
  const count = (state: KioskView['state']) => kiosks.filter((k) => k.state === state).length;
  return {
    kiosks: kiosks.length,
    online: count('online'),
    offline: count('offline'),
    awaitingEnrolment: count('awaiting-enrolment'),
    revoked: count('revoked'),
    printerProblems: active.filter((k) => k.health && k.health.printer.health !== 'ready').length,
    failedPrintJobs: active.reduce((n, k) => n + (k.health?.printJobs.failed ?? 0), 0),
    outboxBacklog: active.reduce((n, k) => n + (k.health?.outboxBacklog ?? 0), 0),
  };
}
