/**
 * An SKM report as CSV: one table of rows (section, item, values) that a spreadsheet opens
 * as it is, in the report's language. Values are plain numbers with a decimal point, so
 * they sum in any spreadsheet whatever its locale.
 */
import type { Language } from './catalog-schema.ts';
import { GRADE_NAMES } from './ikm.ts';
import { ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES } from './skm-elements.ts';
import type { SkmReport } from './skm-report.ts';
import { REPORT_TEXT, periodLabel } from './skm-report-text.ts';

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  // Quoted always; a leading = + - @ is prefixed so no spreadsheet runs it as a formula.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};
const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

export function skmCsv(report: SkmReport, language: Language): string {
  const t = REPORT_TEXT[language];
  const rows: Array<Array<string | number | null>> = [
    [t.title, report.scope[language], periodLabel(language, report.period), `${report.from} - ${report.to}`],
    [t.respondents, report.respondents],
    [t.served, report.served],
    [t.sample, report.sampleSize],
    [t.code, t.element, t.answers, t.nrr, t.weighted],
    ...report.elements.map((e) => [
      e.code,
      ELEMENT_NAMES[e.code][language],
      e.answers,
      round(e.nrr, 4),
      round(e.weighted, 4),
    ]),
    [t.total, round(report.index, 4)],
    [t.ikm, report.ikm],
    [t.grade, report.grade ? `${report.grade} (${GRADE_NAMES[report.grade][language]})` : null],
    [t.priorityTitle, ...report.lowestFirst.filter((e) => e.nrr !== null).map((e) => e.code)],
    ...report.profile.flatMap((p) =>
      p.values.map((v) => [
        PROFILE_NAMES[p.field][language],
        PROFILE_VALUE_NAMES[v.value]?.[language] ?? v.value,
        v.count,
      ]),
    ),
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
