import { describe, expect, it } from 'vitest';
import type { ReceiptDocument } from '../../../preload/contract.ts';
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import CodepageEncoder from '@point-of-sale/codepage-encoder';
import { createRequire } from 'node:module';
import { encodeReceipt, type PrinterModel, type ReceiptLayout } from '../../../main/printing/escpos.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';

const TRACKING = 'KC3-7H2M4-X';
const QUEUE = 'A-012';

const receipt: ReceiptDocument = {
  language: 'id',
  blocks: [
    { type: 'title', text: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman' },
    { type: 'text', text: 'Kios: Serambi KC3' },
    { type: 'rule' },
    {
      type: 'pair',
      label: 'Layanan',
      value: 'Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el) karena rusak atau hilang',
    },
    { type: 'big', label: 'NOMOR ANTREAN', value: QUEUE },
    { type: 'pair', label: 'Loket', value: 'A' },
    { type: 'big', label: 'KODE LACAK', value: TRACKING },
    { type: 'rule' },
    {
      type: 'list',
      label: 'Bawa dokumen ini ke loket:',
      items: ['Kartu Keluarga (KK) asli dan fotokopi yang sudah dilegalisir oleh kelurahan setempat', 'KTP-el lama'],
    },
    { type: 'qr', payload: 'KC37H2M4X', caption: 'Pindai untuk melihat status permohonan' },
    { type: 'text', text: 'Simpan struk ini sampai layanan selesai.', bold: true },
  ],
};

const LAYOUTS: Array<[string, ReceiptLayout, number]> = [
  ['80 mm', { paper: 80 }, 48],
  ['58 mm', { paper: 58 }, 32],
  ['80 mm on an Epson TM-T88V (180 dpi)', { paper: 80, model: 'epson-tm-t88v' }, 42],
];

describe.each(LAYOUTS)('a receipt on %s paper', (_name, layout, columns) => {
  const printed = readEscPos(encodeReceipt(receipt, layout));

  it('starts by initialising the printer and ends with one full cut after a feed', () => {
    expect(printed.commands[0]).toBe('init');
    expect(printed.cuts).toBe(1);
    expect(printed.commands.at(-1)).toBe('cut');
    const blankBeforeCut = printed.lines.slice(-4).every((line) => line.text === '');
    expect(blankBeforeCut).toBe(true);
  });

  it('prints the tracking code and queue number whole, each on one line, enlarged', () => {
    for (const value of [TRACKING, QUEUE]) {
      const line = printed.lines.find((l) => l.text.trim() === value);
      expect(line, value).toBeDefined();
      expect(line!.columns - line!.text.indexOf(value)).toBeGreaterThanOrEqual(value.length * 2);
    }
  });

  it('prints every label and list item', () => {
    const words = printed.text.replace(/\s+/g, ' ');
    for (const expected of [
      'NOMOR ANTREAN',
      'KODE LACAK',
      'Layanan:',
      'Loket: A',
      'Bawa dokumen ini ke loket:',
      'KTP-el lama',
    ]) {
      expect(words).toContain(expected);
    }
    expect(words).toContain('- Kartu Keluarga (KK) asli dan fotokopi yang sudah dilegalisir oleh kelurahan setempat');
    expect(words).toContain('Simpan struk ini sampai layanan selesai.');
  });

  it(`keeps every line within ${columns} columns`, () => {
    for (const line of printed.lines) expect(line.columns, line.text).toBeLessThanOrEqual(columns);
    expect(Math.max(...printed.lines.map((l) => l.columns))).toBe(columns); // the rules span the paper
  });

  it('hangs wrapped list items under the item text', () => {
    const first = printed.lines.findIndex((l) => l.text.startsWith('- Kartu'));
    expect(printed.lines[first + 1]!.text).toMatch(/^ {2}\S/);
  });

  it('prints the QR payload as a native model 2 QR code, error level M', () => {
    expect(printed.qrPayloads).toEqual(['KC37H2M4X']);
    expect(printed.qrCodes[0]).toMatchObject({ model: 2, errorLevel: 'm', moduleSize: 8 });
  });
});

describe('the receipt title', () => {
  const titleLines = (text: string, paper: 58 | 80) =>
    readEscPos(encodeReceipt({ language: 'id', blocks: [{ type: 'title', text }] }, { paper }))
      .lines.filter((l) => l.height === 2)
      .map((l) => l.text.trim());

  it('wraps at word boundaries with even lines, on 80 and 58 mm paper', () => {
    expect(titleLines('Mal Pelayanan Publik Kabupaten', 80)).toEqual(['Mal Pelayanan', 'Publik Kabupaten']);
    expect(titleLines('Regency Public Service Mall', 80)).toEqual(['Regency Public', 'Service Mall']);
    expect(titleLines('Mal Pelayanan Publik Kabupaten', 58)).toEqual(['Mal Pelayanan', 'Publik Kabupaten']);
    expect(titleLines('Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sleman', 58)).toEqual([
      'Dinas',
      'Kependudukan dan',
      'Pencatatan Sipil',
      'Kabupaten Sleman',
    ]);
    // A short title stays on one line.
    expect(titleLines('Mal Pelayanan Publik', 80)).toEqual(['Mal Pelayanan Publik']);
  });
});

describe('text that is not plain ASCII', () => {
  const doc: ReceiptDocument = {
    language: 'id',
    blocks: [
      { type: 'pair', label: 'Nama', value: 'José Ma’ruf — Anaïs Ñoño' },
      { type: 'text', text: '“Kantor” – Gedung Ā' },
    ],
  };

  it('prints accented letters through a code page, not as ?', () => {
    const { text } = readEscPos(encodeReceipt(doc, { paper: 80 }));
    expect(text).toContain("Nama: José Ma'ruf - Anaïs Ñoño");
    expect(text).toContain('"Kantor" - Gedung A');
    expect(text).not.toContain('?');
  });

  it('prints a receipt whose text reduces to ASCII without any code-page search', () => {
    const ascii: ReceiptDocument = {
      language: 'id',
      blocks: [{ type: 'pair', label: 'Nama', value: 'Ma’ruf — Siti' }],
    };
    expect(readEscPos(encodeReceipt(ascii, { paper: 80 })).text).toContain("Nama: Ma'ruf - Siti");
  });

  it('never sends control characters from the text to the printer', () => {
    const bytes = encodeReceipt(
      { language: 'id', blocks: [{ type: 'text', text: 'A\u001b@B\u001dV\u0000C\tD' }] },
      { paper: 80 },
    );
    expect(readEscPos(bytes).text).toContain('A@BVC D');
  });
});

// Every ESC/POS profile the encoder knows (Star's own languages are refused by KIOSK_PRINTER).
const ESC_POS_MODELS = ReceiptPrinterEncoder.printerModels
  .map((m) => m.id as PrinterModel)
  .filter((id) => new ReceiptPrinterEncoder({ printerModel: id }).language === 'esc-pos');

describe.each(ESC_POS_MODELS)('a name with accents and typographic punctuation on the %s profile', (model) => {
  it('prints through a code page the model has, or as ASCII look-alikes, never as garbage', () => {
    const columns = new ReceiptPrinterEncoder({ printerModel: model }).columns;
    const doc: ReceiptDocument = {
      language: 'id',
      blocks: [{ type: 'pair', label: 'Nama', value: 'José Ma’ruf — Anaïs Ñoño' }],
    };
    const printed = readEscPos(encodeReceipt(doc, { paper: columns === 32 ? 58 : 80, model }));
    expect(printed.text.replace(/\s+/g, ' ')).toContain("Nama: José Ma'ruf - Anaïs Ñoño");
    for (const line of printed.lines) expect(line.columns, line.text).toBeLessThanOrEqual(columns);
  });
});

describe('receipts printed one after another', () => {
  // The code-page tables are built once and shared (main/printing/codepage-tables.ts). The
  // library's CommonJS copy is a separate instance that never shares: the reference.
  const reference = createRequire(import.meta.url)('@point-of-sale/codepage-encoder') as typeof CodepageEncoder;

  it('leave every code page as the library builds it, so no receipt changes the next one', () => {
    const accented: ReceiptDocument = {
      language: 'id',
      blocks: [{ type: 'pair', label: 'Nama', value: 'José Ma’ruf — Anaïs Ñoño Ğül' }],
    };
    const first = encodeReceipt(accented, { paper: 80 });
    for (const model of ESC_POS_MODELS) {
      encodeReceipt(receipt, { paper: 80, model });
      encodeReceipt(accented, { paper: 80, model });
    }
    for (const codepage of reference.getEncodings()) {
      expect(CodepageEncoder.getEncoding(codepage).codepoints, codepage).toEqual(
        reference.getEncoding(codepage).codepoints,
      );
    }
    expect(encodeReceipt(accented, { paper: 80 })).toEqual(first);
  });
});

describe('a printer profile without QR codes', () => {
  it('prints the payload as text instead', () => {
    const doc: ReceiptDocument = { language: 'en', blocks: [{ type: 'qr', payload: 'KC37H2M4X', caption: 'Scan me' }] };
    const printed = readEscPos(encodeReceipt(doc, { paper: 80, model: 'epson-tm-t88iii' }));
    expect(printed.qrPayloads).toEqual([]);
    expect(printed.text).toContain('KC37H2M4X');
  });
});
