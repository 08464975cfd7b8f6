import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { printable, wrapWords } from '../../../main/printing/printable-text.ts';
import { encodeReceipt } from '../../../main/printing/escpos.ts';
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
    const printer = await startVirtualPrinter({ state: { paperNearEnd: true } });
    const socket = connect(printer.port, '127.0.0.1');
    const replies: number[] = [];
    socket.on('data', (chunk) => replies.push(...chunk));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(Uint8Array.of(0x41, 0x10));
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write(Uint8Array.of(0x04, 0x04, 0x42, 0x1d, 0x56, 0x00));
    await printer.waitForCuts(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(replies).toEqual([0x12 | 0x0c]);
    expect(printer.received()).toEqual(Buffer.from([0x41, 0x42, 0x1d, 0x56, 0x00]));
    socket.destroy();
    await printer.close();
  });
});

describe('the virtual printer misbehaving', () => {
  async function connectTo(port: number) {
    const socket = connect(port, '127.0.0.1');
    const replies: number[] = [];
    socket.on('data', (chunk) => replies.push(...chunk));
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    return { socket, replies };
  }
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('reads no faster than its rate', async () => {
    const printer = await startVirtualPrinter({ state: { bytesPerSecond: 1000 } });
    const { socket } = await connectTo(printer.port);
    const started = performance.now();
    socket.write(Buffer.alloc(600, 0x41));
    await sleep(100);
    expect(printer.received().length).toBeLessThan(200);
    await expect.poll(() => printer.received().length).toBe(600);
    expect(performance.now() - started).toBeGreaterThanOrEqual(560);
    socket.destroy();
    await printer.close();
  });

  it('when silent neither reads nor answers, and drops those connections when switched back on', async () => {
    const printer = await startVirtualPrinter({ state: { silent: true } });
    const hung = await connectTo(printer.port);
    hung.socket.write(Uint8Array.of(0x41, 0x10, 0x04, 0x01));
    await sleep(100);
    expect(hung.replies).toEqual([]);
    printer.setState({ silent: false });
    await new Promise((resolve) => hung.socket.once('close', resolve));
    expect(printer.received()).toHaveLength(0);
    const fresh = await connectTo(printer.port);
    fresh.socket.write(Uint8Array.of(0x10, 0x04, 0x01));
    await expect.poll(() => fresh.replies).toEqual([0x12]);
    fresh.socket.destroy();
    await printer.close();
  });

  it('counts as completed only the receipts that ended in a cut', async () => {
    const printer = await startVirtualPrinter();
    const receipt = encodeReceipt(
      { language: 'id', blocks: [{ type: 'qr', payload: 'K3A22222X', caption: 'QR' }] },
      { paper: 80 },
    );
    const beforeCut = receipt.lastIndexOf(0x1d); // the encoder ends with GS V 0 and a line feed
    printer.dropAfter(beforeCut + 2);
    for (let i = 0; i < 2; i++) {
      const { socket } = await connectTo(printer.port);
      socket.write(receipt);
      await sleep(50);
      socket.destroy();
    }
    expect(printer.jobs().map((job) => job.length)).toEqual([beforeCut + 2, receipt.length]);
    expect(printer.completedReceipts()).toEqual(['K3A22222X']);
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
