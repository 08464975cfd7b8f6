-- Staff at the agency's kiosks (issue 11): the accounts the hub sends every kiosk, and each
-- kiosk's audit trail as it sent it.

-- Officers and operators who may sign in at the kiosks. The PIN is kept only as scrypt
-- output (sync/staff-pin.ts); each kiosk keys it with a pepper from its own data key when the
-- roster arrives, so a kiosk's copy is useless at another. Accounts are never deleted, only
-- disabled; every change takes the next changed_seq, and the roster's version is the highest.
CREATE SEQUENCE kiosk_staff_changes;
CREATE TABLE kiosk_staff (
  staff_number    text PRIMARY KEY CHECK (staff_number ~ '^[0-9]{1,18}$'),
  name            text NOT NULL,
  role            text NOT NULL CHECK (role IN ('officer', 'operator')),
  badge           text UNIQUE,
  pin_salt        bytea NOT NULL,
  pin_params      text NOT NULL,
  pin_stretched   bytea NOT NULL,
  disabled_reason text,
  changed_seq     bigint NOT NULL DEFAULT nextval('kiosk_staff_changes'),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kiosk_staff_changed ON kiosk_staff (changed_seq);

-- Each kiosk's audit trail ('audit.recorded' events), entry by entry with its hash chain, so
-- the agency can check it and keeps a copy no kiosk can change. Grows with kiosks' staff
-- actions: kiosk_id first in its key.
CREATE TABLE kiosk_audit (
  kiosk_id  integer NOT NULL REFERENCES kiosks,
  entry_id  bigint NOT NULL,
  seq       bigint NOT NULL,
  at        timestamptz NOT NULL,
  actor     text,
  action    text NOT NULL,
  subject   text,
  -- As the kiosk hashed it (JSON text), so the chain can be checked here too.
  detail    text NOT NULL,
  prev_hash text NOT NULL,
  hash      text NOT NULL,
  PRIMARY KEY (kiosk_id, entry_id)
);
CREATE INDEX kiosk_audit_newest ON kiosk_audit (at DESC, kiosk_id DESC, entry_id DESC);
CREATE TRIGGER kiosk_audit_append_only BEFORE UPDATE OR DELETE ON kiosk_audit
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
