import type { Migration } from './index.ts';

/**
 * Staff at the kiosk (issue 11): their accounts, the audit trail of what they do, the
 * officer who assisted a request, help calls attended, and day tallies for the operator's
 * statistics.
 */
const staffAndAudit: Migration = {
  name: '0010-staff-and-audit',
  up(db) {
    db.exec(`
      -- Who may sign in here: accounts from the hub (source 'hub', replaced whole by each roster
      -- it sends) and accounts an operator added at the kiosk ('local'). The PIN is never kept:
      -- pin_hash is HMAC(pepper, scrypt(PIN, pin_salt)), the pepper derived from the data key,
      -- which lives outside this file. Lockout state is the kiosk's own and survives a roster.
      CREATE TABLE staff_accounts (
        staff_number    TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('officer', 'operator')),
        -- The code the badge scans as, prefix included; NULL: signs in by staff number only.
        badge           TEXT UNIQUE,
        pin_salt        BLOB NOT NULL,
        -- The scrypt cost the hash was made with, e.g. 'N=32768,r=8,p=1'.
        pin_params      TEXT NOT NULL,
        pin_hash        BLOB NOT NULL,
        source          TEXT NOT NULL CHECK (source IN ('hub', 'local')),
        -- Why the account may not sign in (set at the hub); NULL: it may.
        disabled_reason TEXT,
        failed_tries    INTEGER NOT NULL DEFAULT 0,
        -- Lockouts so far: each lasts twice the one before; a good PIN starts again.
        lockouts        INTEGER NOT NULL DEFAULT 0,
        locked_until    TEXT,
        created_at      TEXT NOT NULL
      ) STRICT;

      -- Every staff action, in order. Each entry carries the hash of the one before, so an
      -- entry edited or deleted breaks the chain (main/audit/audit-chain.ts); the newest
      -- entry's hash is also kept under a key from the data key ('audit/head' in settings),
      -- so entries cut from the end are noticed too. Never personal data of citizens.
      CREATE TABLE audit_trail (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        -- The staff number of whoever acted; NULL for the kiosk itself (a badge nobody has).
        actor     TEXT,
        action    TEXT NOT NULL,
        subject   TEXT,
        detail    TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash      TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

      -- The officer who filed the request with the citizen ("Name (staff number)"); NULL: the citizen alone.
      ALTER TABLE requests ADD COLUMN assisted_by TEXT;

      -- Who said they were on their way to a call for staff (handled_at is when).
      ALTER TABLE help_requests ADD COLUMN attended_by TEXT;
      CREATE INDEX help_requests_open ON help_requests (id) WHERE handled_at IS NULL;
      CREATE INDEX help_requests_time ON help_requests (requested_at);

      -- Each time the printer stopped (paper end, cover open, offline, error) and when it recovered.
      CREATE TABLE printer_faults (
        id         INTEGER PRIMARY KEY,
        code       TEXT NOT NULL,
        began_at   TEXT NOT NULL,
        cleared_at TEXT
      ) STRICT;
      CREATE INDEX printer_faults_time ON printer_faults (began_at);

      -- Requests per kiosk day, service and counter, tallied after the fact from the requests
      -- (main/store/stats-repo.ts), so a submission writes nothing more and a year of
      -- statistics reads a few thousand rows.
      CREATE TABLE request_days (
        day          TEXT NOT NULL,
        service_code TEXT NOT NULL,
        counter      TEXT NOT NULL,
        n            INTEGER NOT NULL,
        PRIMARY KEY (day, service_code, counter)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

export default staffAndAudit;
