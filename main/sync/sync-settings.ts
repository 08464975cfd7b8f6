/**
 * What the kiosk keeps about its sync in the settings table, under one name each, and what
 * the hub sent for it to show and use (its settings and announcements).
 */
import { Announcements, KioskSettingsValues } from '../../sync/feed.ts';
import type { Db } from '../store/open-database.ts';
import { getSetting, setSetting } from '../store/settings-repo.ts';

/** The hub's address, kept at enrolment; KIOSK_HUB_URL overrides it. */
export const HUB_URL_SETTING = 'sync/hub-url';
/** The feed cursor of the last page applied. */
export const CURSOR_SETTING = 'sync/cursor';
/** When a whole sync (events, feed) last succeeded, by network or USB. */
export const LAST_SUCCESS_SETTING = 'sync/last-success';
/** When the kiosk last heard the feed: how fresh the statuses it shows are. */
export const LAST_FEED_SETTING = 'sync/last-feed';
/** The hub revoked this kiosk: its sentence; sync stays off. */
export const STOPPED_SETTING = 'sync/stopped';
/** A catalog release the kiosk refused, and why. */
export const CATALOG_REFUSED_SETTING = 'sync/catalog-refused';
/** The returnSeq of the last return bundle imported. */
export const RETURN_SEQ_SETTING = 'sync/return-seq';
const HUB_SETTINGS = 'hub/settings';
const HUB_ANNOUNCEMENTS = 'hub/announcements';

/** When the kiosk last heard the hub's feed, which is as fresh as the statuses it shows are; null: never. */
export const lastHeardFromHub = (db: Db): string | null => getSetting(db, LAST_FEED_SETTING) ?? null;

export function getJson<T>(db: Db, key: string): T | null {
  const text = getSetting(db, key);
  return text === undefined ? null : (JSON.parse(text) as T);
}

/** The hub's settings for this kiosk; keys this kiosk does not know were dropped when they arrived. */
export const hubSettings = (db: Db): KioskSettingsValues | null => getJson<KioskSettingsValues>(db, HUB_SETTINGS);
export const hubAnnouncements = (db: Db): Announcements | null => getJson<Announcements>(db, HUB_ANNOUNCEMENTS);

export function keepHubSettings(db: Db, values: KioskSettingsValues): void {
  setSetting(db, HUB_SETTINGS, JSON.stringify(KioskSettingsValues.parse(values)));
}

export function keepAnnouncements(db: Db, announcements: Announcements): void {
  setSetting(db, HUB_ANNOUNCEMENTS, JSON.stringify(announcements));
}
