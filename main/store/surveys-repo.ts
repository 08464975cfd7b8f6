/**
 * Satisfaction surveys (SKM) on the kiosk (migration 0009). A survey is one row with no
 * personal data, its day's tallies and its event for the hub, written in one transaction;
 * the suggestion a citizen may type travels sealed in the outbox. Reports read the day
 * tallies, never the survey rows.
 */
import { tallyForward } from './tally-forward.ts';
import { PROFILE_FIELDS, SKM_ELEMENTS, type Profile } from '../../sync/skm-elements.ts';
import { emptyTallies } from '../../sync/ikm.ts';
import { emptyProfile, type SkmTally } from '../../sync/skm-report.ts';
import type { SurveyAnswered } from '../../sync/voice-events.ts';
import type { Db } from './open-database.ts';
import { insertOutboxEvent } from './outbox-repo.ts';
import { statement } from './statements.ts';

const SCORE_COLUMNS = SKM_ELEMENTS.map((_, i) => `u${i + 1}`);
const SUM_COLUMNS = SKM_ELEMENTS.flatMap((_, i) => [`s${i + 1}`, `n${i + 1}`]);
const PROFILE_COLUMNS: Record<keyof Profile, string> = {
  sex: 'sex',
  ageBand: 'age_band',
  education: 'education',
  occupation: 'occupation',
};

/** Whether a survey about this tracking code was already answered here: one survey per code. */
export function surveyedCode(db: Db, code: string): boolean {
  return statement(db, 'SELECT 1 FROM survey_responses WHERE about_code = ?').pluck().get(code) !== undefined;
}

/** Records one survey; throws on a second survey about the same code (the unique index). */
export function insertSurvey(db: Db, survey: SurveyAnswered): void {
  db.transaction(() => {
    const scores = SKM_ELEMENTS.map((code) => survey.scores[code]);
    const service = survey.serviceCode ?? '';
    statement(
      db,
      `INSERT INTO survey_responses (answered_at, day, about_code, service_code, ${SCORE_COLUMNS.join(', ')},
         ${Object.values(PROFILE_COLUMNS).join(', ')})
       VALUES (?, ?, ?, ?, ${SCORE_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?)`,
    ).run(
      survey.answeredAt,
      survey.answeredOn,
      survey.aboutCode,
      service,
      ...scores,
      ...PROFILE_FIELDS.map((f) => survey.profile[f]),
    );
    const sums = scores.flatMap((score) => [score ?? 0, score === null ? 0 : 1]);
    statement(
      db,
      `INSERT INTO survey_days (day, service_code, respondents, ${SUM_COLUMNS.join(', ')})
       VALUES (?, ?, 1, ${SUM_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (day, service_code) DO UPDATE SET respondents = respondents + 1,
         ${SUM_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
    ).run(survey.answeredOn, service, ...sums);
    const profile = statement(
      db,
      `INSERT INTO survey_profile_days (day, service_code, field, value, n) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (day, service_code, field, value) DO UPDATE SET n = n + 1`,
    );
    for (const field of PROFILE_FIELDS)
      profile.run(survey.answeredOn, service, field, survey.profile[field] ?? 'notSaid');
    const { suggestion, ...open } = survey;
    insertOutboxEvent(
      db,
      'survey.answered',
      { ...open, suggestion: null },
      survey.answeredAt,
      suggestion ? { suggestion } : undefined,
    );
  })();
}

/** Where tallying requests into served_days has reached: the last requests id counted. */
const SERVED_MARK = 'skm/served-to';
/** Counts requests and complaints filed since the last tally into served_days. Returns how many it counted. */
export const tallyServed = (db: Db): number =>
  tallyForward<{ day: string; service_code: string; n: number; last: number }>(
    db,
    SERVED_MARK,
    {
      select: `SELECT queue_day AS day, service_code, count(*) AS n, max(id) AS last FROM (
                 SELECT id, queue_day, service_code FROM requests WHERE id >= ? ORDER BY id LIMIT ?
               ) GROUP BY queue_day, service_code`,
      add: `INSERT INTO served_days (day, service_code, n) VALUES (?, ?, ?)
            ON CONFLICT (day, service_code) DO UPDATE SET n = n + excluded.n`,
    },
    (row) => [row.day, row.service_code],
  );

/** The tallies of the days from..to (both included), of one service or (null) all. */
export function skmTally(db: Db, from: string, to: string, serviceCode: string | null): SkmTally {
  const service = serviceCode === null ? '' : 'AND service_code = ?';
  const params = serviceCode === null ? [from, to] : [from, to, serviceCode];
  const sums = statement(
    db,
    `SELECT coalesce(sum(respondents), 0) AS respondents, ${SUM_COLUMNS.map((c) => `coalesce(sum(${c}), 0) AS ${c}`).join(', ')}
     FROM survey_days WHERE day BETWEEN ? AND ? ${service}`,
  ).get(...params) as Record<string, number>;
  const elements = emptyTallies();
  SKM_ELEMENTS.forEach((code, i) => {
    elements[code] = { sum: sums[`s${i + 1}`]!, answers: sums[`n${i + 1}`]! };
  });
  const profile = emptyProfile();
  const rows = statement(
    db,
    `SELECT field, value, sum(n) AS n FROM survey_profile_days WHERE day BETWEEN ? AND ? ${service} GROUP BY field, value`,
  ).all(...params) as Array<{ field: keyof Profile; value: string; n: number }>;
  for (const row of rows) if (profile[row.field]) profile[row.field][row.value] = row.n;
  const served = statement(db, `SELECT coalesce(sum(n), 0) FROM served_days WHERE day BETWEEN ? AND ? ${service}`)
    .pluck()
    .get(...params) as number;
  return { respondents: sums.respondents!, elements, profile, served };
}
