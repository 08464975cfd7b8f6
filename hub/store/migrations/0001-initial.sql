-- The hub's first schema.
--
-- Two kinds of table. Small reference tables (accounts, kiosks, catalogs, audit) are read
-- everywhere. Tables that grow with requests carry kiosk_id first in their primary key,
-- so that past one server they distribute by kiosk with Citus
-- (create_distributed_table(..., 'kiosk_id')) and every kiosk's sync stays on one node.

-- The hub's own keys: Ed25519 signs what it sends, X25519 opens USB bundles. One row,
-- made by the first hub process that starts; every process reads the same keys.
CREATE TABLE hub_keys (
  id              boolean PRIMARY KEY DEFAULT true CHECK (id),
  signing_public  text NOT NULL,
  signing_private text NOT NULL,
  box_public      text NOT NULL,
  box_private     text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accounts (
  account_id      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username        text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
  display_name    text NOT NULL,
  role            text NOT NULL CHECK (role IN ('admin', 'agent')),
  password_hash   text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  disabled_at     timestamptz,
  disabled_reason text,
  CHECK ((disabled_at IS NULL) = (disabled_reason IS NULL))
);
CREATE UNIQUE INDEX accounts_username ON accounts (username);

-- Only the SHA-256 of a session token is kept: a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  account_id   integer NOT NULL REFERENCES accounts,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Every change an account makes (and what the hub's command line does, account_id NULL).
CREATE TABLE audit_log (
  audit_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  account_id integer REFERENCES accounts,
  action     text NOT NULL,
  subject    text NOT NULL,
  detail     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_account ON audit_log (account_id, audit_id);
CREATE INDEX audit_log_action ON audit_log (action, audit_id);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed or removed', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- A kiosk's prefix starts every tracking code it issues. It is unique and, because kiosk
-- rows are never deleted (revoked instead), never handed to another kiosk.
CREATE TABLE kiosks (
  kiosk_id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  prefix           text NOT NULL UNIQUE CHECK (prefix ~ '^[23456789ACDEFHJKMNPRTWX]{3}$'),
  name             text NOT NULL,
  service_unit     text NOT NULL,
  address          text NOT NULL,
  settings         jsonb NOT NULL DEFAULT '{}',
  settings_version integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  signing_key      text UNIQUE,
  box_key          text,
  enrolled_at      timestamptz,
  app_version      text,
  revoked_at       timestamptz,
  revoked_reason   text,
  CHECK ((signing_key IS NULL) = (enrolled_at IS NULL)),
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE TRIGGER kiosks_kept BEFORE DELETE ON kiosks FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER kiosks_kept_all BEFORE TRUNCATE ON kiosks FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

CREATE TABLE enrolment_codes (
  code_hash  text PRIMARY KEY,
  kiosk_id   integer NOT NULL REFERENCES kiosks,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  -- Withdrawn when a newer code was made for the same kiosk.
  withdrawn_at timestamptz
);
CREATE INDEX enrolment_codes_kiosk ON enrolment_codes (kiosk_id);

CREATE TABLE catalog_versions (
  version      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  catalog      jsonb NOT NULL,
  note         text NOT NULL DEFAULT '',
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by integer REFERENCES accounts
);

-- What kiosks should run: the newest version, or an older one after a rollback.
CREATE TABLE catalog_current (
  id         boolean PRIMARY KEY DEFAULT true CHECK (id),
  version    integer NOT NULL REFERENCES catalog_versions,
  changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE announcements (
  id         boolean PRIMARY KEY DEFAULT true CHECK (id),
  version    integer NOT NULL,
  items      jsonb NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);

-- Distributed by kiosk from here on.

-- Where each kiosk's sync stands: the highest seq below which every event is stored, and
-- the position of its newest status change. Kept apart from kiosks because it changes
-- with every batch, and reference tables are copied to every node.
CREATE TABLE kiosk_sync (
  kiosk_id        integer PRIMARY KEY REFERENCES kiosks,
  acked_seq       bigint NOT NULL DEFAULT 0,
  status_position bigint NOT NULL DEFAULT 0,
  return_seq      integer NOT NULL DEFAULT 0,
  feed_cursor     text NOT NULL DEFAULT '',
  last_batch_at   timestamptz,
  last_feed_at    timestamptz
);

-- Every event exactly as the kiosk sent it; known kinds are also projected below.
CREATE TABLE events (
  kiosk_id    integer NOT NULL REFERENCES kiosks,
  seq         bigint NOT NULL,
  kind        text NOT NULL,
  at          timestamptz NOT NULL,
  data        jsonb NOT NULL,
  via         text NOT NULL CHECK (via IN ('network', 'usb')),
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kiosk_id, seq)
);

-- The searchable side of request.created; the answers stay in the event (kiosk_id, seq).
CREATE TABLE requests (
  kiosk_id          integer NOT NULL REFERENCES kiosks,
  tracking_code     text NOT NULL,
  seq               bigint NOT NULL,
  service_code      text NOT NULL,
  catalog_version   text,
  language          text NOT NULL,
  counter           text NOT NULL,
  queue_day         date NOT NULL,
  queue_number      integer NOT NULL,
  requested_at      timestamptz NOT NULL,
  notice_version    text,
  assisted_by       text,
  status            text NOT NULL DEFAULT 'received'
                    CHECK (status IN ('received', 'processing', 'ready', 'done', 'rejected')),
  status_changed_at timestamptz,
  received_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kiosk_id, tracking_code)
);
-- The console's lists: newest first, alone or within a service, a status or a kiosk.
CREATE INDEX requests_newest ON requests (requested_at DESC, kiosk_id DESC, tracking_code DESC);
CREATE INDEX requests_by_service ON requests (service_code, requested_at DESC, kiosk_id DESC, tracking_code DESC);
CREATE INDEX requests_by_status ON requests (status, requested_at DESC, kiosk_id DESC, tracking_code DESC);
CREATE INDEX requests_by_kiosk ON requests (kiosk_id, requested_at DESC, tracking_code DESC);

-- Each change is also what the kiosk's feed carries: position rises by one per kiosk.
CREATE TABLE status_changes (
  kiosk_id      integer NOT NULL REFERENCES kiosks,
  position      bigint NOT NULL,
  tracking_code text NOT NULL,
  status        text NOT NULL,
  reason        text NOT NULL,
  note          jsonb,
  changed_at    timestamptz NOT NULL DEFAULT now(),
  account_id    integer REFERENCES accounts,
  PRIMARY KEY (kiosk_id, position)
);
CREATE INDEX status_changes_request ON status_changes (kiosk_id, tracking_code, position);

CREATE TABLE help_calls (
  kiosk_id     integer NOT NULL REFERENCES kiosks,
  seq          bigint NOT NULL,
  requested_at timestamptz NOT NULL,
  screen       text NOT NULL,
  service_code text,
  PRIMARY KEY (kiosk_id, seq)
);
CREATE INDEX help_calls_newest ON help_calls (requested_at DESC);

CREATE TABLE print_failures (
  kiosk_id      integer NOT NULL REFERENCES kiosks,
  seq           bigint NOT NULL,
  tracking_code text NOT NULL,
  failed_at     timestamptz NOT NULL,
  reason        text NOT NULL,
  PRIMARY KEY (kiosk_id, seq)
);
CREATE INDEX print_failures_newest ON print_failures (failed_at DESC);

-- Nonces of signed calls seen within the clock-skew window, so a copied call is refused.
CREATE TABLE kiosk_nonces (
  kiosk_id integer NOT NULL,
  nonce    text NOT NULL,
  seen_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kiosk_id, nonce)
);
CREATE INDEX kiosk_nonces_age ON kiosk_nonces (seen_at);

CREATE TABLE imported_bundles (
  kiosk_id    integer NOT NULL REFERENCES kiosks,
  bundle_id   text NOT NULL,
  created_at  timestamptz NOT NULL,
  from_seq    bigint NOT NULL,
  to_seq      bigint NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  account_id  integer REFERENCES accounts,
  PRIMARY KEY (kiosk_id, bundle_id)
);

-- The latest heartbeat of each kiosk.
CREATE TABLE fleet_health (
  kiosk_id        integer PRIMARY KEY REFERENCES kiosks,
  received_at     timestamptz NOT NULL,
  sent_at         timestamptz NOT NULL,
  app_version     text NOT NULL,
  catalog_version text,
  printer         jsonb NOT NULL,
  alerts          jsonb NOT NULL,
  print_queued    integer NOT NULL,
  print_failed    integer NOT NULL,
  outbox_backlog  integer NOT NULL,
  free_disk_bytes bigint NOT NULL,
  last_sync_at    timestamptz,
  via             text NOT NULL CHECK (via IN ('network', 'usb'))
);

-- Attempts at unauthenticated routes (sign-in, enrolment) per client and minute, shared by
-- every hub process.
CREATE UNLOGGED TABLE rate_limits (
  key          text NOT NULL,
  window_start timestamptz NOT NULL,
  hits         integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
