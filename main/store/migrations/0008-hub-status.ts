import type { Migration } from './index.ts';

/**
 * What comes back from the agency's hub (main/sync/) about each request. The kiosk's place
 * in the sync (acknowledged seq, feed cursor), its keys (sealed) and the catalog releases
 * it keeps live in counters and settings.
 */
const hubStatus: Migration = {
  name: '0008-hub-status',
  up(db) {
    db.exec(`
      -- The request's latest status at the agency (sync/feed.ts); NULL until the hub says
      -- anything, which the kiosk shows as "received".
      ALTER TABLE requests ADD COLUMN hub_status TEXT
        CHECK (hub_status IN ('received', 'processing', 'ready', 'done', 'rejected'));
      -- When the agency made that change.
      ALTER TABLE requests ADD COLUMN hub_status_at TEXT;
      -- Its feed position: a change with a lower one arriving later (a page applied twice) is old news.
      ALTER TABLE requests ADD COLUMN hub_position INTEGER;
      -- The note to the citizen ({id, en}), sealed like the answers: an agent may write anything.
      ALTER TABLE requests ADD COLUMN hub_note BLOB;
      -- The hub's catalog version the request was filed against; NULL for the bundled or a local catalog.
      ALTER TABLE requests ADD COLUMN catalog_version TEXT;
    `);
  },
};

export default hubStatus;
