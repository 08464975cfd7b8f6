import type { Migration } from './index.ts';

const helpRequests: Migration = {
  name: '0002-help-requests',
  up(db) {
    db.exec(`
      -- A citizen pressed "Call staff": when, on which screen, for which service.
      CREATE TABLE help_requests (
        id           INTEGER PRIMARY KEY,
        requested_at TEXT NOT NULL,
        screen       TEXT NOT NULL,
        service_code TEXT,
        handled_at   TEXT
      ) STRICT;
    `);
  },
};

export default helpRequests;
