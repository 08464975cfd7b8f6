/** Hub → kiosk: the feed, page by page from the cursor the kiosk keeps (sync/README.md, "The feed"). */
import { FeedPage } from '../../sync/feed.ts';
import { SYNC_PATHS } from '../../sync/protocol.ts';
import type { TrackingCodes } from '../requests/tracking-code.ts';
import { getSetting, setSetting } from '../store/settings-repo.ts';
import { applyFeedPage } from './apply-feed.ts';
import { HubRefusal, SyncProblem } from './hub-client.ts';
import { callHub, type SyncRun } from './sync-run.ts';
import { CURSOR_SETTING } from './sync-settings.ts';
import { yieldToOthers } from './yield.ts';

export interface PullRun extends SyncRun {
  codes: () => TrackingCodes;
}

/** Reads every waiting page; resolves with whether a catalog, announcements or settings arrived. */
export async function pullFeed(run: PullRun): Promise<{ statuses: number; kioskChanged: boolean }> {
  const total = { statuses: 0, kioskChanged: false };
  let restarted = false;
  for (;;) {
    await run.gate.clear();
    const cursor = getSetting(run.db, CURSOR_SETTING) ?? '';
    let json: unknown;
    try {
      json = await callHub(run, 'GET', `${SYNC_PATHS.feed}?cursor=${encodeURIComponent(cursor)}`);
    } catch (error) {
      // A hub restored from a backup is behind the kiosk: start again, it resends what it has.
      if (error instanceof HubRefusal && error.code === 'cursor-ahead' && !restarted) {
        setSetting(run.db, CURSOR_SETTING, '');
        restarted = true;
        continue;
      }
      throw error;
    }
    const page = FeedPage.safeParse(json);
    if (!page.success) {
      throw new SyncProblem(
        `A feed page from the hub is not in a form this kiosk reads (${page.error.issues[0]?.path.join('.')}: ${page.error.issues[0]?.message}); update the kiosk's software.`,
      );
    }
    await run.gate.clear();
    const applied = applyFeedPage(run.db, run.codes(), page.data, run.now());
    total.statuses += applied.statuses;
    total.kioskChanged ||= applied.kioskChanged;
    if (!page.data.more) return total;
    await yieldToOthers();
  }
}
