-- For the agency's console and Open311 GeoReport v2 (hub/console, hub/open311).

-- A third role that reads the inbox, fleet and dashboard but never a citizen's personal data
-- and changes nothing.
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (role IN ('admin', 'agent', 'observer'));

-- Wrong passwords in a row; after five the account is locked until locked_until, which an
-- admin may lift early. A right password resets the count.
ALTER TABLE accounts ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN locked_until timestamptz;

-- Where requests come from: a kiosk, or a partner system through Open311. A partner is a row
-- here too, so its requests get tracking codes with a prefix of their own and pass through
-- the same tables, inbox and status flow as a kiosk's; it never enrols and is not in the fleet.
ALTER TABLE kiosks ADD COLUMN channel text NOT NULL DEFAULT 'kiosk' CHECK (channel IN ('kiosk', 'open311'));

-- A partner's API key: only its SHA-256 is kept. Revoking the partner (kiosks.revoked_at) ends the key.
CREATE TABLE open311_keys (
  kiosk_id   integer PRIMARY KEY REFERENCES kiosks,
  key_hash   text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE events DROP CONSTRAINT events_via_check;
ALTER TABLE events ADD CONSTRAINT events_via_check CHECK (via IN ('network', 'usb', 'open311'));

-- A partner's request has no queue ticket: nobody stood at a kiosk for it.
ALTER TABLE requests ALTER COLUMN queue_number DROP NOT NULL;

