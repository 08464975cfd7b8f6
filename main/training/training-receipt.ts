import type { ReceiptDocument } from '../../preload/contract.ts';
import { RECEIPT_TEXT } from '../printing/receipt-text.ts';

/**
 * A receipt made in training mode, marked in the largest letters the paper takes at its
 * top and bottom, so nobody takes it to a counter as a real request.
 */
export function markedAsTraining(document: ReceiptDocument): ReceiptDocument {
  const t = RECEIPT_TEXT[document.language];
  const mark = { type: 'big' as const, label: t.trainingNote, value: t.training };
  return { ...document, blocks: [mark, ...document.blocks, mark] };
}
