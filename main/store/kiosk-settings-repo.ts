/**
 * What an operator set in the console (main/console/kiosk-settings.ts), kept under one name
 * in the settings table. Anything left unset falls back to the environment, the hub or the
 * kiosk's defaults, in that order of precedence (see there).
 */
import type { Announcements } from '../../sync/feed.ts';
import type { IdleTimes } from '../../preload/idle-defaults.ts';
import type { Db } from './open-database.ts';
import { getSetting, setSetting } from './settings-repo.ts';

const KEY = 'kiosk/settings';

export interface LocalSettings {
  kioskName: string | null;
  idle: IdleTimes | null;
  /** A printer address as KIOSK_PRINTER takes it (tcp://host:9100?paper=58); null: the preview file. */
  printer: string | null;
  /** Versioned as the hub's are, so the catalog shelf notices a change. */
  announcements: Announcements | null;
}

const NOTHING_SET: LocalSettings = { kioskName: null, idle: null, printer: null, announcements: null };

export function localSettings(db: Db): LocalSettings {
  const text = getSetting(db, KEY);
  return text === undefined ? NOTHING_SET : { ...NOTHING_SET, ...(JSON.parse(text) as Partial<LocalSettings>) };
}

export function saveLocalSettings(db: Db, settings: LocalSettings): void {
  setSetting(db, KEY, JSON.stringify(settings));
}

export const localAnnouncements = (db: Db): Announcements | null => localSettings(db).announcements;
