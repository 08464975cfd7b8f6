/**
 * ReceiptDocument -> ESC/POS bytes. Text and a native QR code only: a few hundred bytes a
 * receipt, where a raster image would be tens of kilobytes on a 115200-baud line.
 */
import ReceiptPrinterEncoder, { type ReceiptPrinterEncoderOptions } from '@point-of-sale/receipt-printer-encoder';
import type { ReceiptBlock, ReceiptDocument } from '../../preload/contract.ts';
import { balancedWrap, printable, printableLine, wrapWords } from './printable-text.ts';
import { qrModuleSize } from './qr-size.ts';
import { shareCodepageTables } from './codepage-tables.ts';

/** The encoder's printer profiles (it does not export the type by name). */
export type PrinterModel = NonNullable<ReceiptPrinterEncoderOptions['printerModel']>;

/** Without a model, the paper width picks the columns; with one, the model's profile does. */
export interface ReceiptLayout {
  paper: 58 | 80;
  model?: PrinterModel;
}

// Font A is 12 dots wide: 576 dots on 80 mm and 384 dots on 58 mm paper at 203 dpi.
const COLUMNS = { 80: 48, 58: 32 } as const;
// Printable width of the paper; 32 columns means 58 mm paper on every profile.
const printableMm = (columns: number): number => (columns === 32 ? 48 : 72);
// The cutter sits a few lines above the print head; without the feed the cut goes through the last lines.
const FEED_BEFORE_CUT = 4;
const BIG_SIZES = [3, 2, 1] as const;
const TITLE_SIZE = 2;

shareCodepageTables();

export function encodeReceipt(doc: ReceiptDocument, layout: ReceiptLayout): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({
    ...(layout.model ? { printerModel: layout.model } : { language: 'esc-pos', columns: COLUMNS[layout.paper] }),
    feedBeforeCut: FEED_BEFORE_CUT,
    errors: 'strict',
  });
  encoder.initialize();
  // ASCII is the same in every code page, so a receipt of plain ASCII selects none and sends
  // no code-page command; one with letters beyond ASCII (é, ñ) has them chosen per letter.
  if (/[^\x20-\x7e\n]/.test(printable(documentText(doc)))) encoder.codepage('auto');
  for (const block of doc.blocks) renderBlock(encoder, block);
  return encoder.cut('full').encode();
}

function renderBlock(encoder: ReceiptPrinterEncoder, block: ReceiptBlock): void {
  const columns = encoder.columns;
  switch (block.type) {
    case 'title':
      // Wrapped here at word boundaries, with even lines, rather than cut by the encoder.
      encoder.align('center').bold(true).size(TITLE_SIZE);
      for (const line of balancedWrap(printableLine(block.text), Math.floor(columns / TITLE_SIZE))) encoder.line(line);
      encoder.size(1).bold(false).align('left').newline();
      return;
    case 'text':
      encoder
        .bold(block.bold === true)
        .line(printable(block.text))
        .bold(false);
      return;
    case 'big': {
      // A tracking code split over two lines is misread, so the value shrinks before it wraps.
      const value = printableLine(block.value);
      const size = BIG_SIZES.find((s) => value.length * s <= columns) ?? 1;
      encoder.align('center').line(printableLine(block.label));
      encoder.bold(true).size(size).line(value).size(1).bold(false).align('left');
      return;
    }
    case 'pair':
      encoder
        .bold(true)
        .text(`${printableLine(block.label)}:`)
        .bold(false);
      encoder.text(` ${printableLine(block.value)}`).newline();
      return;
    case 'list':
      encoder.bold(true).line(printableLine(block.label)).bold(false);
      // Wrapped here rather than by the encoder, so continuation lines hang under the item text.
      for (const item of block.items) {
        wrapWords(printableLine(item), columns - 2).forEach((line, i) =>
          encoder.line(`${i === 0 ? '-' : ' '} ${line}`),
        );
      }
      return;
    case 'rule':
      encoder.rule();
      return;
    case 'qr':
      encoder.align('center');
      if (printsQrCodes(encoder)) {
        const dotsPerMm = encoder.printableWidth / printableMm(columns);
        encoder.qrcode(block.payload, { model: 2, size: qrModuleSize(block.payload, dotsPerMm), errorlevel: 'm' });
      } else {
        encoder.line(printableLine(block.payload));
      }
      encoder.line(printableLine(block.caption)).align('left');
      return;
  }
}

function documentText(doc: ReceiptDocument): string {
  return doc.blocks
    .flatMap((b) =>
      'text' in b
        ? [b.text]
        : 'items' in b
          ? [b.label, ...b.items]
          : 'value' in b
            ? [b.label, b.value]
            : 'caption' in b
              ? [b.caption]
              : [],
    )
    .join('\n');
}

/** Older profiles (TM-T88II/III, SRP-350) have no QR command; they print the payload as text. */
function printsQrCodes(encoder: ReceiptPrinterEncoder): boolean {
  const { qrcode } = encoder.printerCapabilities as { qrcode: { supported: boolean; models: string[] } };
  return qrcode.supported && qrcode.models.includes('2');
}
