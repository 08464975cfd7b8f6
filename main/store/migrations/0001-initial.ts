import type { Migration } from './index.ts';

const initial: Migration = {
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Every number the kiosk hands out, in one small table so that a submission's
      -- counters share a page: the tracking sequence ('tracking/<prefix>') and each
      -- counter's queue for the day ('queue/<day>/<counter>'; earlier days are pruned).
      CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        last INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE requests (
        id            INTEGER PRIMARY KEY,
        tracking_code TEXT NOT NULL UNIQUE,
        service_code  TEXT NOT NULL,
        language      TEXT NOT NULL CHECK (language IN ('id', 'en')),
        answers       TEXT NOT NULL,
        counter       TEXT NOT NULL,
        queue_day     TEXT NOT NULL,
        queue_number  INTEGER NOT NULL,
        requested_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE print_jobs (
        id          INTEGER PRIMARY KEY,
        request_id  INTEGER NOT NULL REFERENCES requests (id),
        document    TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('queued', 'printing', 'done', 'failed')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_jobs_status ON print_jobs (status, id);

      -- Events waiting to be synced to the agency hub.
      CREATE TABLE outbox (
        id         INTEGER PRIMARY KEY,
        kind       TEXT NOT NULL,
        payload    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at    TEXT
      ) STRICT;
    `);
  },
};

export default initial;
