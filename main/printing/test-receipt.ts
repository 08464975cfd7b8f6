import type { LocalizedText, ReceiptDocument } from '../../preload/contract.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';
import type { PrinterConfig } from './printer-url.ts';

/**
 * A page an operator prints after setting KIOSK_PRINTER: it shows what the kiosk thinks
 * the printer is, and exercises large text, a list, accented letters and the QR code.
 */
export function buildTestReceipt(
  agency: LocalizedText,
  kiosk: KioskIdentity,
  printer: PrinterConfig,
  at: Date,
): ReceiptDocument {
  const where =
    printer.transport.kind === 'tcp' ? `${printer.transport.host}:${printer.transport.port}` : printer.transport.path;
  return {
    language: 'id',
    blocks: [
      { type: 'title', text: agency.id },
      { type: 'text', text: `Cetak uji / Test print - ${kiosk.name}` },
      { type: 'rule' },
      { type: 'pair', label: 'Printer', value: `${printer.transport.kind} ${where}` },
      {
        type: 'pair',
        label: 'Kertas / Paper',
        value: `${printer.layout.paper} mm${printer.layout.model ? `, ${printer.layout.model}` : ''}`,
      },
      { type: 'pair', label: 'Waktu / Time', value: at.toISOString() },
      { type: 'big', label: 'NOMOR ANTREAN', value: 'A-000' },
      {
        type: 'list',
        label: 'Huruf / Letters',
        items: ['ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789', 'José Ma’ruf — Anaïs'],
      },
      { type: 'qr', payload: `${kiosk.codes.prefix}TEST`, caption: 'QR' },
    ],
  };
}
