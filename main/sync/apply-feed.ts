/**
 * Applies one feed page, from the network or a return bundle, in one transaction with its
 * cursor: applying a page twice changes nothing, and a cut before the commit leaves the
 * kiosk at the cursor it had, to ask again.
 */
import type { FeedPage } from '../../sync/feed.ts';
import { lookupRequest } from '../api/lookup-request.ts';
import type { TrackingCodes } from '../requests/tracking-code.ts';
import { applyStatusChange } from '../store/hub-status-repo.ts';
import type { Db } from '../store/open-database.ts';
import { setSetting } from '../store/settings-repo.ts';
import { checkedRelease, keepRelease } from './releases.ts';
import { keepStaffRoster } from '../staff/hub-roster.ts';
import { CURSOR_SETTING, keepAnnouncements, keepHubSettings, LAST_FEED_SETTING } from './sync-settings.ts';

export interface Applied {
  /** Requests whose status changed. */
  statuses: number;
  /** A catalog, announcements or settings arrived: the kiosk reloads what it shows. */
  kioskChanged: boolean;
}

export function applyFeedPage(db: Db, codes: TrackingCodes, page: FeedPage, at: Date): Applied {
  // Checked before the transaction: validation is the slow part and writes nothing.
  const release = page.catalog ? checkedRelease(page.catalog, at) : null;
  return db.transaction(() => {
    let statuses = 0;
    for (const change of page.statusChanges) {
      const request = lookupRequest(db, codes, change.trackingCode);
      if ('id' in request && applyStatusChange(db, request.id, change)) statuses++;
    }
    if (release) keepRelease(db, release);
    if (page.announcements) keepAnnouncements(db, page.announcements);
    if (page.settings) keepHubSettings(db, page.settings.values);
    if (page.staff) keepStaffRoster(db, page.staff, at);
    setSetting(db, CURSOR_SETTING, page.cursor);
    setSetting(db, LAST_FEED_SETTING, at.toISOString());
    return { statuses, kioskChanged: Boolean(page.catalog || page.announcements || page.settings) };
  })();
}
