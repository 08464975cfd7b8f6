/** Keeps the newest heartbeat of each kiosk, from the network or from a USB bundle. */
import type { Heartbeat } from '../../sync/heartbeat.ts';
import type { Queryable } from '../store/store.ts';

export async function recordHeartbeat(
  q: Queryable,
  kioskId: number,
  beat: Heartbeat,
  via: 'network' | 'usb',
): Promise<Date> {
  // An older heartbeat (a USB bundle carried for days) never replaces a newer one.
  const [row] = await q.query<{ received_at: Date }>(
    `INSERT INTO fleet_health AS f (kiosk_id, received_at, sent_at, app_version, catalog_version, printer, alerts,
       print_queued, print_failed, outbox_backlog, free_disk_bytes, last_sync_at, via)
     VALUES ($1, now(), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (kiosk_id) DO UPDATE SET received_at = excluded.received_at, sent_at = excluded.sent_at,
       app_version = excluded.app_version, catalog_version = excluded.catalog_version, printer = excluded.printer,
       alerts = excluded.alerts, print_queued = excluded.print_queued, print_failed = excluded.print_failed,
       outbox_backlog = excluded.outbox_backlog, free_disk_bytes = excluded.free_disk_bytes,
       last_sync_at = excluded.last_sync_at, via = excluded.via
     WHERE f.sent_at <= excluded.sent_at
     RETURNING received_at`,
    [
      kioskId,
      beat.sentAt,
      beat.appVersion,
      beat.catalogVersion,
      JSON.stringify(beat.printer),
      JSON.stringify(beat.alerts),
      beat.printJobs.queued,
      beat.printJobs.failed,
      beat.outboxBacklog,
      beat.freeDiskBytes,
      beat.lastSyncAt,
      via,
    ],
  );
  return row?.received_at ?? new Date();
}
