import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { printable, wrapWords } from '../../../main/printing/printable-text.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';
import { startVirtualPrinter } from '../../fixtures/virtual-printer.ts';

describe('the ESC/POS reader used by the tests', () => {
  it('throws on a command it does not know, so new output gets looked at', () => {
    expect(() => readEscPos(Uint8Array.of(0x1b, 0x40, 0x1b, 0x70, 0, 50, 250))).toThrow(
      'unknown ESC/POS command at byte 2: 1b7000',
    );
  });

  it('decodes text through the selected code page', () => {
    expect(readEscPos(Uint8Array.of(0x1b, 0x74, 0x00, 0x82, 0x1b, 0x74, 0x10, 0xe9, 0x0a)).text).toBe('éé');
  });
});

describe('the virtual printer', () => {
  it('answers a status query split across packets and keeps it out of the print data', async () => {
    const printer = await startVirtualPrinter({ state: { paperEnd: true } });
    const socket = connect(printer.port, '127.0.0.1');
    const replies: number[] = [];
    socket.on('data', (chunk) => replies.push(...chunk));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(Uint8Array.of(0x41, 0x10));
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write(Uint8Array.of(0x04, 0x04, 0x42, 0x1d, 0x56, 0x00));
    await printer.waitForCuts(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies).toEqual([0x12 | 0x0c | 0x60]);
    expect(printer.received()).toEqual(Buffer.from([0x41, 0x42, 0x1d, 0x56, 0x00]));
    socket.destroy();
    await printer.close();
  });
});

describe('receipt text', () => {
  it('turns typographic punctuation into ASCII and keeps Latin-1 letters', () => {
    expect(printable('Ma’ruf “Sé” — Rp 10.000…')).toBe('Ma\'ruf "Sé" - Rp 10.000...');
  });

  it('drops accents the code pages lack and marks scripts they cannot print', () => {
    expect(printable('Āisyah Şahin 漢')).toBe('Aisyah Sahin ?');
  });

  it('wraps words to the width and splits words longer than a line', () => {
    expect(wrapWords('Kartu Keluarga asli dan fotokopi', 12)).toEqual(['Kartu', 'Keluarga', 'asli dan', 'fotokopi']);
    expect(wrapWords('ABCDEFGHIJ xy', 4)).toEqual(['ABCD', 'EFGH', 'IJ', 'xy']);
    expect(wrapWords('', 10)).toEqual(['']);
  });
});
