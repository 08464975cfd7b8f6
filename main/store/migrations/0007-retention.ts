import type { Migration } from './index.ts';

const retention: Migration = {
  name: '0007-retention',
  up(db) {
    db.exec(`
      -- When the hub confirmed it holds the request (its seq acknowledged); NULL until then.
      -- A service's retention counts from here (see main/privacy/purge.ts).
      ALTER TABLE requests ADD COLUMN synced_at TEXT;
      -- When its personal data (answers) was purged; the record itself stays.
      ALTER TABLE requests ADD COLUMN purged_at TEXT;
    `);
  },
};

export default retention;
