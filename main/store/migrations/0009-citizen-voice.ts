import type { Migration } from './index.ts';

const ELEMENT_COLUMNS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * Complaints (SP4N-LAPOR!) and the satisfaction survey (SKM).
 *
 * - A complaint is a row of requests (kind 'complaint'): its tracking code comes from the
 *   same id space, so no code can be given twice, and it is printed, sent to the hub and
 *   purged as a request is. Its content and any reporter's details are the sealed answers;
 *   what is not personal (type, topic, identity chosen) is plain, for its receipt and status.
 * - A survey is a row of survey_responses with no personal data. Reports read day tallies
 *   kept in the same transaction (survey_days, survey_profile_days), so a report over a
 *   year of answers reads a few hundred rows; served_days counts the requests of each day,
 *   tallied after the fact so a submission writes nothing more.
 * - An outbox event may carry typed text (a survey's suggestion), sealed in `sealed`.
 */
const citizenVoice: Migration = {
  name: '0009-citizen-voice',
  up(db) {
    const scores = ELEMENT_COLUMNS.map((n) => `u${n} INTEGER CHECK (u${n} BETWEEN 1 AND 4)`).join(',\n        ');
    const sums = ELEMENT_COLUMNS.map((n) => `s${n} INTEGER NOT NULL DEFAULT 0, n${n} INTEGER NOT NULL DEFAULT 0`).join(
      ',\n        ',
    );
    db.exec(`
      ALTER TABLE requests ADD COLUMN kind TEXT NOT NULL DEFAULT 'request' CHECK (kind IN ('request', 'complaint'));
      -- A complaint's type, topic and identity choice ({"type", "topic", "topicNames", "identity"}): nothing personal.
      ALTER TABLE requests ADD COLUMN complaint TEXT;
      -- A complaint's LAPOR! stage at the agency; its hub_status stays NULL.
      ALTER TABLE requests ADD COLUMN hub_stage TEXT
        CHECK (hub_stage IN ('received', 'verified', 'forwarded', 'answered', 'closed'));
      ALTER TABLE outbox ADD COLUMN sealed BLOB;

      CREATE TABLE survey_responses (
        id           INTEGER PRIMARY KEY,
        answered_at  TEXT NOT NULL,
        -- The kiosk's calendar day.
        day          TEXT NOT NULL,
        -- The tracking code surveyed, if any: one survey per code.
        about_code   TEXT,
        -- '' when the citizen did not say which service.
        service_code TEXT NOT NULL,
        ${scores},
        sex          TEXT,
        age_band     TEXT,
        education    TEXT,
        occupation   TEXT
      ) STRICT;
      CREATE UNIQUE INDEX survey_responses_about ON survey_responses (about_code) WHERE about_code IS NOT NULL;

      CREATE TABLE survey_days (
        day          TEXT NOT NULL,
        service_code TEXT NOT NULL,
        respondents  INTEGER NOT NULL,
        ${sums},
        PRIMARY KEY (day, service_code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE survey_profile_days (
        day          TEXT NOT NULL,
        service_code TEXT NOT NULL,
        field        TEXT NOT NULL,
        value        TEXT NOT NULL,
        n            INTEGER NOT NULL,
        PRIMARY KEY (day, service_code, field, value)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE served_days (
        day          TEXT NOT NULL,
        service_code TEXT NOT NULL,
        n            INTEGER NOT NULL,
        PRIMARY KEY (day, service_code)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

export default citizenVoice;
