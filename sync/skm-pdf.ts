/**
 * An SKM report as a printable PDF (A4), in the layout agencies publish: the title, unit and
 * period; respondents against the sample; the table of elements with NRR and weighted NRR,
 * the IKM, its conversion and grade; a bar chart of the elements; what to improve; the
 * respondent profile; and how it was computed. pdf-lib draws it with its standard Helvetica,
 * so nothing is read from disk and the kiosk and the hub make the same document.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Language } from './catalog-schema.ts';
import { GRADE_NAMES } from './ikm.ts';
import { ELEMENT_NAMES, PROFILE_NAMES, PROFILE_VALUE_NAMES } from './skm-elements.ts';
import type { SkmReport } from './skm-report.ts';
import { REPORT_TEXT, decimal, periodLabel } from './skm-report-text.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const INK = rgb(0, 0, 0);
const BAR = rgb(0.16, 0.38, 0.62);
const LOW = rgb(0.72, 0.22, 0.16);

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  /** Starts a new page when fewer than `height` points are left. */
  room(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  text(text: string, x: number, options: { size?: number; bold?: boolean; width?: number } = {}): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    for (const line of wrap(text, font, size, options.width ?? A4[0] - MARGIN - x)) {
      this.room(size + 4);
      this.page.drawText(line, { x, y: this.y - size, size, font, color: INK });
      this.y -= size + 4;
    }
  }
  /** One table row; columns are [x, text, right-aligned?]. */
  row(cells: Array<[number, string, boolean?]>, options: { bold?: boolean; rule?: boolean } = {}): void {
    const size = 9;
    const font = options.bold ? this.bold : this.font;
    this.room(size + 8);
    for (const [x, text, right] of cells) {
      const width = font.widthOfTextAtSize(text, size);
      this.page.drawText(text, { x: right ? x - width : x, y: this.y - size, size, font, color: INK });
    }
    this.y -= size + 5;
    if (options.rule) {
      this.page.drawLine({
        start: { x: MARGIN, y: this.y + 2 },
        end: { x: A4[0] - MARGIN, y: this.y + 2 },
        thickness: 0.5,
      });
    }
  }
  gap(points = 8): void {
    this.y -= points;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

export async function skmPdf(report: SkmReport, language: Language, madeAt: Date): Promise<Uint8Array> {
  const t = REPORT_TEXT[language];
  const doc = await PDFDocument.create();
  doc.setTitle(`${t.title} - ${report.scope[language]} - ${periodLabel(language, report.period)}`);
  doc.setCreationDate(madeAt);
  doc.setModificationDate(madeAt);
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );
  const right = A4[0] - MARGIN;

  w.text(t.title, MARGIN, { size: 14, bold: true });
  w.text(report.scope[language].toUpperCase(), MARGIN, { size: 12, bold: true });
  w.text(`${t.period}: ${periodLabel(language, report.period)} (${report.from} - ${report.to})`, MARGIN);
  w.text(t.basis, MARGIN, { size: 8 });
  w.gap(10);

  w.text(t.respondentsTitle, MARGIN, { bold: true, size: 11 });
  w.row([
    [MARGIN, t.respondents],
    [right, String(report.respondents), true],
  ]);
  w.row([
    [MARGIN, t.served],
    [right, String(report.served), true],
  ]);
  w.row(
    [
      [MARGIN, t.sample],
      [right, String(report.sampleSize), true],
    ],
    { rule: true },
  );
  w.gap(10);

  w.text(t.elementsTitle, MARGIN, { bold: true, size: 11 });
  const cols = { code: MARGIN, name: MARGIN + 40, answers: 380, nrr: 440, weighted: right };
  w.row(
    [
      [cols.code, t.code],
      [cols.name, t.element],
      [cols.answers, t.answers, true],
      [cols.nrr, t.nrr, true],
      [cols.weighted, t.weighted, true],
    ],
    { bold: true, rule: true },
  );
  for (const e of report.elements) {
    w.row([
      [cols.code, e.code],
      [cols.name, ELEMENT_NAMES[e.code][language]],
      [cols.answers, String(e.answers), true],
      [cols.nrr, decimal(language, e.nrr), true],
      [cols.weighted, decimal(language, e.weighted, 3), true],
    ]);
  }
  w.row(
    [
      [cols.name, t.total],
      [cols.weighted, decimal(language, report.index, 3), true],
    ],
    { bold: true, rule: true },
  );
  w.row(
    [
      [cols.name, t.ikm],
      [cols.weighted, report.ikm === null ? t.none : decimal(language, report.ikm), true],
    ],
    { bold: true },
  );
  w.row(
    [
      [cols.name, t.grade],
      [cols.weighted, report.grade ? `${report.grade} (${GRADE_NAMES[report.grade][language]})` : '-', true],
    ],
    {
      bold: true,
    },
  );
  w.gap(12);

  // Bars of NRR on a 0-4 axis, the lowest element in another colour.
  w.text(t.chart, MARGIN, { bold: true });
  const chartHeight = 120;
  w.room(chartHeight + 30);
  const base = w.y - chartHeight;
  const slot = (right - MARGIN) / report.elements.length;
  const lowest = report.lowestFirst[0]?.nrr ?? null;
  w.page.drawLine({ start: { x: MARGIN, y: base }, end: { x: right, y: base }, thickness: 0.7 });
  report.elements.forEach((e, i) => {
    const x = MARGIN + i * slot + slot * 0.2;
    if (e.nrr !== null) {
      const height = (e.nrr / 4) * chartHeight;
      w.page.drawRectangle({ x, y: base, width: slot * 0.6, height, color: e.nrr === lowest ? LOW : BAR });
      w.page.drawText(decimal(language, e.nrr), { x, y: base + height + 3, size: 7, font: w.font });
    }
    w.page.drawText(e.code, { x: x + slot * 0.15, y: base - 11, size: 8, font: w.font });
  });
  w.y = base - 24;

  w.text(t.priorityTitle, MARGIN, { bold: true, size: 11 });
  report.lowestFirst
    .filter((e) => e.nrr !== null)
    .slice(0, 3)
    .forEach((e, i) =>
      w.text(`${i + 1}. ${e.code} ${ELEMENT_NAMES[e.code][language]}: ${decimal(language, e.nrr)}`, MARGIN + 10),
    );
  w.gap(10);

  w.text(t.profileTitle, MARGIN, { bold: true, size: 11 });
  for (const { field, values } of report.profile) {
    const total = values.reduce((sum, v) => sum + v.count, 0);
    w.row(
      [
        [MARGIN, PROFILE_NAMES[field][language]],
        [440, t.count, true],
        [right, t.share, true],
      ],
      { bold: true, rule: true },
    );
    for (const v of values) {
      w.row([
        [MARGIN + 10, PROFILE_VALUE_NAMES[v.value]?.[language] ?? v.value],
        [440, String(v.count), true],
        [right, total ? `${decimal(language, (100 * v.count) / total, 1)}%` : '-', true],
      ]);
    }
    w.gap(4);
  }
  w.gap(8);
  w.text(t.method, MARGIN, { size: 8 });
  w.text(t.bands, MARGIN, { size: 8 });
  w.text(`${t.made}: ${madeAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`, MARGIN, { size: 8 });
  return doc.save();
}
