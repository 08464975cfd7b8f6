/**
 * The changes feed of one kiosk. Status changes are a log read from the position in the
 * cursor; the catalog, announcements and settings are states sent whole when the cursor
 * names another version than the current one (a rollback is just another current version).
 *
 * Cursor: `v1.<status position>.<catalog version>.<announcements version>.<settings version>.<staff roster version>`,
 * empty for a kiosk that has applied nothing yet; one from before the staff roster (four
 * versions) counts as having none. Kiosks treat it as opaque text.
 */
import type { FeedPage } from '../../sync/feed.ts';
import { HubError } from '../hub-error.ts';
import { settingsOf, type KioskRow } from '../kiosks/kiosks.ts';
import { catalogVersion, currentAnnouncements } from '../catalog/catalogs.ts';
import type { Queryable } from '../store/store.ts';
import { staffRoster, staffRosterVersion } from '../staff/kiosk-staff.ts';

interface Cursor {
  status: number;
  catalog: number;
  announcements: number;
  settings: number;
  staff: number;
}

const START: Cursor = { status: 0, catalog: 0, announcements: 0, settings: 0, staff: 0 };

export function parseCursor(text: string): Cursor {
  if (text === '') return START;
  const match = /^v1\.(\d{1,15})\.(\d{1,9})\.(\d{1,9})\.(\d{1,9})(?:\.(\d{1,15}))?$/.exec(text);
  if (!match) {
    throw new HubError(
      'bad-request',
      'The feed cursor is not one this hub gave out; start the feed again with an empty cursor.',
    );
  }
  const [status, catalog, announcements, settings, staff] = match.slice(1).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { status, catalog, announcements, settings, staff };
}

export const formatCursor = (c: Cursor) => `v1.${c.status}.${c.catalog}.${c.announcements}.${c.settings}.${c.staff}`;

interface StateRow extends KioskRow {
  status_position: number;
  current_catalog: number | null;
}

export async function readFeed(q: Queryable, kioskId: number, cursorText: string, limit: number): Promise<FeedPage> {
  const cursor = parseCursor(cursorText);
  const [state] = await q.query<StateRow>(
    `SELECT k.*, s.status_position, (SELECT version FROM catalog_current) AS current_catalog
     FROM kiosks k JOIN kiosk_sync s USING (kiosk_id) WHERE k.kiosk_id = $1`,
    [kioskId],
  );
  if (cursor.status > state!.status_position) {
    throw new HubError(
      'cursor-ahead',
      "The kiosk's feed position is ahead of the hub's (was the hub restored from a backup?); start the feed again with an empty cursor.",
    );
  }
  const rows = await q.query<{
    position: number;
    tracking_code: string;
    status: string;
    changed_at: Date;
    note: unknown;
  }>(
    `SELECT position, tracking_code, status, changed_at, note FROM status_changes
     WHERE kiosk_id = $1 AND position > $2 ORDER BY position LIMIT $3`,
    [kioskId, cursor.status, limit + 1],
  );
  const more = rows.length > limit;
  const changes = rows.slice(0, limit);
  const catalogNow = state!.current_catalog ?? 0;
  const announcements = await currentAnnouncements(q);
  const rosterNow = await staffRosterVersion(q);
  const next: Cursor = {
    status: changes.at(-1)?.position ?? cursor.status,
    catalog: catalogNow,
    announcements: announcements.version,
    settings: state!.settings_version,
    staff: rosterNow,
  };
  return {
    cursor: formatCursor(next),
    more,
    statusChanges: changes.map((r) => ({
      position: r.position,
      trackingCode: r.tracking_code,
      status: r.status as FeedPage['statusChanges'][number]['status'],
      changedAt: r.changed_at.toISOString(),
      note: r.note as FeedPage['statusChanges'][number]['note'],
    })),
    catalog: catalogNow !== 0 && catalogNow !== cursor.catalog ? await catalogVersion(q, catalogNow) : null,
    announcements: announcements.version !== cursor.announcements ? announcements : null,
    settings:
      state!.settings_version !== cursor.settings
        ? { version: state!.settings_version, values: settingsOf(state!) }
        : null,
    // The roster read with the version it has now, so a change made meanwhile comes next time.
    staff: rosterNow !== cursor.staff ? { ...(await staffRoster(q)), version: rosterNow } : null,
  };
}

/** What the kiosk says it has applied; a return bundle starts from here. */
export async function recordAppliedCursor(q: Queryable, kioskId: number, cursorText: string): Promise<void> {
  await q.query('UPDATE kiosk_sync SET feed_cursor = $2, last_feed_at = now() WHERE kiosk_id = $1', [
    kioskId,
    cursorText,
  ]);
}
