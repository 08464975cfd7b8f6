import type { Migration } from './index.ts';

const initial: Migration = {
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Local sequence behind tracking codes; one row per kiosk prefix.
      CREATE TABLE tracking_sequence (
        prefix TEXT PRIMARY KEY,
        last   INTEGER NOT NULL
      ) STRICT;

      -- Queue numbers restart each day per counter and are never handed out twice.
      CREATE TABLE queue_counters (
        counter TEXT NOT NULL,
        day     TEXT NOT NULL,
        last    INTEGER NOT NULL,
        PRIMARY KEY (counter, day)
      ) STRICT;

      CREATE TABLE requests (
        id            INTEGER PRIMARY KEY,
        tracking_code TEXT NOT NULL UNIQUE,
        service_code  TEXT NOT NULL,
        language      TEXT NOT NULL CHECK (language IN ('id', 'en')),
        answers       TEXT NOT NULL,
        counter       TEXT NOT NULL,
        queue_day     TEXT NOT NULL,
        queue_number  INTEGER NOT NULL,
        requested_at  TEXT NOT NULL,
        UNIQUE (counter, queue_day, queue_number)
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
