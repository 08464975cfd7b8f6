/**
 * The SKM report at the hub, for every kiosk together or narrowed to a kiosk, a service
 * unit (the kiosks' serviceUnit) and a service: the day tallies that ingestion keeps
 * (survey_days, survey_profile_days), and the people served from requests and complaints.
 */
import { z } from 'zod';
import { COMPLAINT_SERVICE } from '../../sync/complaint-codes.ts';
import { emptyTallies } from '../../sync/ikm.ts';
import { SKM_ELEMENTS, type ProfileField } from '../../sync/skm-elements.ts';
import {
  PERIOD_KINDS,
  buildReport,
  emptyProfile,
  periodDays,
  type Period,
  type SkmReport,
} from '../../sync/skm-report.ts';
import type { Queryable } from '../store/store.ts';

export const SkmQuery = z
  .object({
    kind: z.enum(PERIOD_KINDS),
    year: z.coerce.number().int().min(2000).max(2200),
    number: z.coerce.number().int().min(1).max(12).default(1),
    service: z.string().max(64).optional(),
    unit: z.string().max(120).optional(),
    kiosk: z.string().max(3).optional(),
    language: z.enum(['id', 'en']).default('id'),
  })
  .strict();
export type SkmQuery = z.infer<typeof SkmQuery>;

export async function skmReport(q: Queryable, query: SkmQuery): Promise<SkmReport> {
  const period: Period = { kind: query.kind, year: query.year, number: query.kind === 'year' ? 1 : query.number };
  const { from, to } = periodDays(period);
  const params: unknown[] = [from, to, query.service ?? null, query.unit ?? null, query.kiosk ?? null];
  const kiosks = `kiosk_id IN (SELECT kiosk_id FROM kiosks WHERE ($4::text IS NULL OR service_unit = $4) AND ($5::text IS NULL OR prefix = $5))`;
  const where = `day BETWEEN $1 AND $2 AND ($3::text IS NULL OR service_code = $3) AND ${kiosks}`;
  const [sums] = await q.query<Record<string, string | null>>(
    `SELECT sum(respondents) AS respondents, ${SKM_ELEMENTS.map((_, i) => `sum(s${i + 1}) AS s${i + 1}, sum(n${i + 1}) AS n${i + 1}`).join(', ')}
     FROM survey_days WHERE ${where}`,
    params,
  );
  const elements = emptyTallies();
  SKM_ELEMENTS.forEach((code, i) => {
    elements[code] = { sum: Number(sums?.[`s${i + 1}`] ?? 0), answers: Number(sums?.[`n${i + 1}`] ?? 0) };
  });
  const profile = emptyProfile();
  const rows = await q.query<{ field: ProfileField; value: string; n: string }>(
    `SELECT field, value, sum(n) AS n FROM survey_profile_days WHERE ${where} GROUP BY field, value`,
    params,
  );
  for (const row of rows) if (profile[row.field]) profile[row.field][row.value] = Number(row.n);
  const [served] = await q.query<{ requests: string; complaints: string }>(
    `SELECT
       (SELECT count(*) FROM requests WHERE requested_at >= $1::date AND requested_at < $2::date + 1
          AND ($3::text IS NULL OR service_code = $3) AND ${kiosks}) AS requests,
       (SELECT count(*) FROM complaints WHERE filed_on BETWEEN $1 AND $2
          AND ($3::text IS NULL OR $3 = '${COMPLAINT_SERVICE}') AND ${kiosks}) AS complaints`,
    params,
  );
  const scopeParts = [query.unit, query.kiosk && `Kios ${query.kiosk}`, query.service].filter(Boolean) as string[];
  const scope = scopeParts.length ? scopeParts.join(' - ') : null;
  return buildReport(scope ? { id: scope, en: scope } : { id: 'Semua kios', en: 'Every kiosk' }, period, {
    respondents: Number(sums?.respondents ?? 0),
    elements,
    profile,
    served: Number(served?.requests ?? 0) + Number(served?.complaints ?? 0),
  });
}
