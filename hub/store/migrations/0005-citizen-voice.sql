-- Complaints (SP4N-LAPOR!) and the satisfaction survey (SKM) from kiosks (sync/voice-events.ts).
-- Like requests, both grow with citizens and carry kiosk_id first in their keys.

-- The searchable side of complaint.filed; its text and any reporter stay in the event (kiosk_id, seq).
CREATE TABLE complaints (
  kiosk_id         integer NOT NULL REFERENCES kiosks,
  tracking_code    text NOT NULL,
  seq              bigint NOT NULL,
  type             text NOT NULL CHECK (type IN ('complaint', 'aspiration', 'information')),
  topic            text NOT NULL,
  topic_names      jsonb NOT NULL,
  identity         text NOT NULL CHECK (identity IN ('named', 'confidential', 'anonymous')),
  language         text NOT NULL,
  filed_at         timestamptz NOT NULL,
  filed_on         date NOT NULL,
  stage            text NOT NULL DEFAULT 'received'
                   CHECK (stage IN ('received', 'verified', 'forwarded', 'answered', 'closed')),
  stage_changed_at timestamptz,
  received_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kiosk_id, tracking_code)
);
CREATE INDEX complaints_newest ON complaints (filed_at DESC, kiosk_id DESC, tracking_code DESC);
CREATE INDEX complaints_by_stage ON complaints (stage, filed_at DESC, kiosk_id DESC, tracking_code DESC);

-- Each answered survey, nothing personal; the suggestion is the citizen's own words.
CREATE TABLE survey_responses (
  kiosk_id     integer NOT NULL REFERENCES kiosks,
  seq          bigint NOT NULL,
  answered_at  timestamptz NOT NULL,
  answered_on  date NOT NULL,
  about_code   text,
  service_code text NOT NULL,
  u1 smallint, u2 smallint, u3 smallint, u4 smallint, u5 smallint, u6 smallint, u7 smallint, u8 smallint, u9 smallint,
  sex text, age_band text, education text, occupation text,
  suggestion   text,
  PRIMARY KEY (kiosk_id, seq)
);

-- Reports read these day tallies, written by ingestion with the responses: a year of a
-- province's answers is a few thousand rows per kiosk-day and service.
CREATE TABLE survey_days (
  kiosk_id     integer NOT NULL REFERENCES kiosks,
  day          date NOT NULL,
  service_code text NOT NULL,
  respondents  integer NOT NULL,
  s1 integer NOT NULL, n1 integer NOT NULL, s2 integer NOT NULL, n2 integer NOT NULL,
  s3 integer NOT NULL, n3 integer NOT NULL, s4 integer NOT NULL, n4 integer NOT NULL,
  s5 integer NOT NULL, n5 integer NOT NULL, s6 integer NOT NULL, n6 integer NOT NULL,
  s7 integer NOT NULL, n7 integer NOT NULL, s8 integer NOT NULL, n8 integer NOT NULL,
  s9 integer NOT NULL, n9 integer NOT NULL,
  PRIMARY KEY (kiosk_id, day, service_code)
);
CREATE INDEX survey_days_by_day ON survey_days (day);

CREATE TABLE survey_profile_days (
  kiosk_id     integer NOT NULL REFERENCES kiosks,
  day          date NOT NULL,
  service_code text NOT NULL,
  field        text NOT NULL,
  value        text NOT NULL,
  n            integer NOT NULL,
  PRIMARY KEY (kiosk_id, day, service_code, field, value)
);
CREATE INDEX survey_profile_days_by_day ON survey_profile_days (day);
