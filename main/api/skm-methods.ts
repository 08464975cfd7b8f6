import type { Language } from '../../sync/catalog-schema.ts';
import { buildReport, periodDays, type Period, type SkmReport } from '../../sync/skm-report.ts';
import { skmCsv } from '../../sync/skm-csv.ts';
import { skmPdf } from '../../sync/skm-pdf.ts';
import { periodLabel } from '../../sync/skm-report-text.ts';
import { findService } from '../catalog/load-catalog.ts';
import { COMPLAINT_SERVICE } from '../store/complaints-repo.ts';
import { skmTally, tallyServed } from '../store/surveys-repo.ts';
import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';

/**
 * The kiosk's own SKM report for a period, of one service, the complaints desk, or (null) all.
 * From the real kiosk's data also in training mode: practice surveys are not the public's view.
 */
export function skmReport(deps: ApiDeps, period: Period, serviceCode: string | null): SkmReport {
  const db = deps.kioskDb;
  tallyServed(db);
  const { from, to } = periodDays(period);
  const service = serviceCode === null ? undefined : findService(deps.catalog, serviceCode);
  const scope =
    serviceCode === null
      ? { id: deps.kiosk.name, en: deps.kiosk.name }
      : serviceCode === COMPLAINT_SERVICE
        ? {
            id: 'Pengaduan, aspirasi dan permintaan informasi',
            en: 'Complaints, aspirations and information requests',
          }
        : (service?.service_name ?? { id: serviceCode, en: serviceCode });
  return buildReport(scope, period, skmTally(db, from, to, serviceCode));
}

export interface SkmFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** The same report as a file: CSV (with a BOM, for spreadsheets) or the PDF agencies publish. */
export async function skmFile(
  deps: ApiDeps,
  period: Period,
  serviceCode: string | null,
  format: 'csv' | 'pdf',
  language: Language,
): Promise<SkmFile> {
  const made = skmReport(deps, period, serviceCode);
  const name = `skm-${deps.kiosk.codes.prefix}-${periodLabel('id', period).toLowerCase().replace(/\s+/g, '-')}`;
  if (format === 'csv') {
    return {
      fileName: `${name}.csv`,
      mediaType: 'text/csv; charset=utf-8',
      bytes: Buffer.from(`\uFEFF${skmCsv(made, language)}`, 'utf8'),
    };
  }
  const pdf = await skmPdf(made, language, deps.now());
  return { fileName: `${name}.pdf`, mediaType: 'application/pdf', bytes: Buffer.from(pdf) };
}

/** The kiosk's own SKM report, for its operator's tools: the data, and the same as CSV or PDF. */
export function skmMethods(deps: ApiDeps): MethodGroup<'skm.report' | 'skm.export'> {
  return {
    'skm.report': async ({ period, serviceCode }) => ok(skmReport(deps, period, serviceCode)),
    'skm.export': async ({ period, serviceCode, format, language }) => {
      const file = await skmFile(deps, period, serviceCode, format, language);
      return ok({ fileName: file.fileName, mediaType: file.mediaType, base64: file.bytes.toString('base64') });
    },
  };
}
