/** The words of a printed or exported SKM report, in each language reports are made in. */
import type { Language } from './catalog-schema.ts';
import type { PeriodKind } from './skm-report.ts';

export const REPORT_TEXT = {
  id: {
    title: 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT',
    basis: 'Berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017',
    period: 'Periode',
    periods: { month: 'Bulan', quarter: 'Triwulan', semester: 'Semester', year: 'Tahun' } as Record<PeriodKind, string>,
    respondentsTitle: 'I. Responden',
    respondents: 'Jumlah responden',
    served: 'Jumlah orang dilayani',
    sample: 'Sampel minimal (Krejcie-Morgan)',
    elementsTitle: 'II. Nilai per unsur pelayanan',
    code: 'Kode',
    element: 'Unsur pelayanan',
    answers: 'Jawaban',
    nrr: 'NRR',
    weighted: 'NRR tertimbang',
    total: 'Jumlah NRR tertimbang (IKM)',
    ikm: 'IKM unit pelayanan (x 25)',
    grade: 'Mutu pelayanan',
    chart: 'NRR per unsur (skala 1-4)',
    priorityTitle: 'III. Prioritas perbaikan (nilai terendah lebih dulu)',
    profileTitle: 'IV. Profil responden',
    count: 'Jumlah',
    share: 'Persen',
    none: 'Belum ada jawaban',
    method:
      'NRR per unsur = jumlah nilai / jumlah jawaban untuk unsur itu (jawaban yang dilewati tidak dihitung). Bobot tiap unsur tepat 1/9. IKM = jumlah NRR tertimbang x 25.',
    bands:
      'Mutu: A (Sangat Baik) 88,31-100,00; B (Baik) 76,61-88,30; C (Kurang Baik) 65,00-76,60; D (Tidak Baik) 25,00-64,99.',
    made: 'Dibuat',
  },
  en: {
    title: 'PUBLIC SATISFACTION SURVEY REPORT',
    basis: 'Under Regulation of the Minister of PANRB No. 14 of 2017',
    period: 'Period',
    periods: { month: 'Month', quarter: 'Quarter', semester: 'Semester', year: 'Year' } as Record<PeriodKind, string>,
    respondentsTitle: 'I. Respondents',
    respondents: 'Respondents',
    served: 'People served',
    sample: 'Minimum sample (Krejcie-Morgan)',
    elementsTitle: 'II. Score per service element',
    code: 'Code',
    element: 'Service element',
    answers: 'Answers',
    nrr: 'NRR',
    weighted: 'Weighted NRR',
    total: 'Sum of weighted NRR (IKM)',
    ikm: 'Unit IKM (x 25)',
    grade: 'Service quality',
    chart: 'NRR per element (scale 1-4)',
    priorityTitle: 'III. What to improve (lowest first)',
    profileTitle: 'IV. Respondent profile',
    count: 'Count',
    share: 'Share',
    none: 'No answers yet',
    method:
      'NRR per element = sum of scores / number of answers for that element (skipped answers are not counted). Each element weighs exactly 1/9. IKM = sum of weighted NRR x 25.',
    bands:
      'Quality: A (Very good) 88.31-100.00; B (Good) 76.61-88.30; C (Not good enough) 65.00-76.60; D (Poor) 25.00-64.99.',
    made: 'Made',
  },
} as const satisfies Record<Language, Record<string, unknown>>;

/** "Semester 1 2026", "Bulan 3 2026". */
export function periodLabel(language: Language, period: { kind: PeriodKind; year: number; number: number }): string {
  const t = REPORT_TEXT[language];
  return period.kind === 'year'
    ? `${t.periods.year} ${period.year}`
    : `${t.periods[period.kind]} ${period.number} ${period.year}`;
}

/** Numbers as the language writes them: 88,31 in Indonesian, 88.31 in English. */
export function decimal(language: Language, value: number | null, digits = 2): string {
  if (value === null) return '-';
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
