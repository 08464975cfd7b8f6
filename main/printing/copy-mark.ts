import type { ReceiptDocument } from '../../preload/contract.ts';
import type { CopyReason } from '../store/print-jobs-repo.ts';
import { RECEIPT_TEXT } from './receipt-text.ts';

/**
 * The receipt as it prints again: "SALINAN" / "COPY" at the top and the bottom, with why,
 * so that a citizen (or a counter officer) holding two never takes both for originals.
 */
export function markedAsCopy(document: ReceiptDocument, reason: NonNullable<CopyReason>): ReceiptDocument {
  const t = RECEIPT_TEXT[document.language];
  const why = reason === 'reprint' ? t.copyReprint : t.copyUncertain;
  const banner = [
    { type: 'title' as const, text: `*** ${t.copy} ***` },
    { type: 'text' as const, text: why, bold: true },
  ];
  return { ...document, blocks: [...banner, ...document.blocks, banner[0]!] };
}
