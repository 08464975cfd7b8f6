/**
 * How ingestion projects complaints and surveys (sync/voice-events.ts): more steps of the
 * one statement in sync/ingest.ts, over its `stored` rows (events new to the hub), so an
 * event is projected exactly once and a survey's day tallies move with it.
 */
const scores = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const score = (n: number) => `(data->'scores'->>'U${n}')::smallint`;
const PROFILE = [
  ['sex', 'sex'],
  ['ageBand', 'age_band'],
  ['education', 'education'],
  ['occupation', 'occupation'],
] as const;

export const VOICE_PROJECTIONS = `, complaints_added AS (
  INSERT INTO complaints (kiosk_id, tracking_code, seq, type, topic, topic_names, identity, language, filed_at, filed_on)
  SELECT $1, data->>'trackingCode', seq, data->>'type',
         (SELECT string_agg(t, '/') FROM jsonb_array_elements_text(data->'topic') AS t), data->'topicNames',
         data->>'identity', data->>'language', (data->>'filedAt')::timestamptz, (data->>'filedOn')::date
  FROM stored WHERE kind = 'complaint.filed'
), surveys AS (
  SELECT seq, data, (data->>'answeredOn')::date AS day, coalesce(data->>'serviceCode', '') AS service
  FROM stored WHERE kind = 'survey.answered'
), surveys_added AS (
  INSERT INTO survey_responses (kiosk_id, seq, answered_at, answered_on, about_code, service_code,
    ${scores.map((n) => `u${n}`).join(', ')}, ${PROFILE.map(([, c]) => c).join(', ')}, suggestion)
  SELECT $1, seq, (data->>'answeredAt')::timestamptz, day, data->>'aboutCode', service,
    ${scores.map(score).join(', ')}, ${PROFILE.map(([f]) => `data->'profile'->>'${f}'`).join(', ')}, data->>'suggestion'
  FROM surveys
), survey_days_added AS (
  INSERT INTO survey_days (kiosk_id, day, service_code, respondents, ${scores.map((n) => `s${n}, n${n}`).join(', ')})
  SELECT $1, day, service, count(*), ${scores.map((n) => `coalesce(sum(${score(n)}), 0), count(${score(n)})`).join(', ')}
  FROM surveys GROUP BY day, service
  ON CONFLICT (kiosk_id, day, service_code) DO UPDATE SET respondents = survey_days.respondents + excluded.respondents,
    ${scores.map((n) => `s${n} = survey_days.s${n} + excluded.s${n}, n${n} = survey_days.n${n} + excluded.n${n}`).join(', ')}
), survey_profile_added AS (
  INSERT INTO survey_profile_days (kiosk_id, day, service_code, field, value, n)
  SELECT $1, day, service, p.field, coalesce(data->'profile'->>p.field, 'notSaid'), count(*)
  FROM surveys CROSS JOIN (VALUES ${PROFILE.map(([f]) => `('${f}')`).join(', ')}) AS p (field)
  GROUP BY day, service, p.field, coalesce(data->'profile'->>p.field, 'notSaid')
  ON CONFLICT (kiosk_id, day, service_code, field, value) DO UPDATE SET n = survey_profile_days.n + excluded.n
)`;
