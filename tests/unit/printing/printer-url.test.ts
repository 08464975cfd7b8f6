import { describe, expect, it } from 'vitest';
import { openTransport, parsePrinterUrl } from '../../../main/printing/printer-url.ts';

const DATA = '/var/lib/serambi';

describe('KIOSK_PRINTER', () => {
  it('falls back to the preview file in the data directory when unset or empty', () => {
    for (const value of [undefined, '', '  ']) {
      expect(parsePrinterUrl(value, DATA)).toEqual({
        transport: { kind: 'file', path: '/var/lib/serambi/receipts.bin' },
        layout: { paper: 80 },
        configured: false,
      });
    }
  });

  it.each([
    ['tcp://192.168.1.50:9100', { kind: 'tcp', host: '192.168.1.50', port: 9100 }],
    ['tcp://printer.local', { kind: 'tcp', host: 'printer.local', port: 9100 }],
    ['tcp://[fe80::1]:9101', { kind: 'tcp', host: 'fe80::1', port: 9101 }],
    ['serial:/dev/ttyUSB0?baud=38400', { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 38400 }],
    ['serial:/dev/ttyS0?baud=9600&paper=58', { kind: 'serial', path: '/dev/ttyS0', baudRate: 9600 }],
    ['serial:/dev/ttyUSB1', { kind: 'serial', path: '/dev/ttyUSB1', baudRate: 38400 }],
    ['usblp:/dev/usb/lp0', { kind: 'usblp', path: '/dev/usb/lp0' }],
    ['file:/tmp/receipts.bin', { kind: 'file', path: '/tmp/receipts.bin' }],
    ['file:///tmp/my%20receipts.bin', { kind: 'file', path: '/tmp/my receipts.bin' }],
  ])('accepts %s', (value, transport) => {
    const config = parsePrinterUrl(value, DATA);
    expect(config.transport).toEqual(transport);
    expect(config.configured).toBe(true);
  });

  it('picks the layout from paper= and model=', () => {
    expect(parsePrinterUrl('tcp://p:9100', DATA).layout).toEqual({ paper: 80 });
    expect(parsePrinterUrl('tcp://p:9100?paper=58', DATA).layout).toEqual({ paper: 58 });
    expect(parsePrinterUrl('usblp:/dev/usb/lp0?model=epson-tm-t88v', DATA).layout).toEqual({
      paper: 80,
      model: 'epson-tm-t88v',
    });
    expect(parsePrinterUrl('serial:/dev/ttyUSB0?baud=9600&model=pos-5890', DATA).layout).toEqual({
      paper: 58,
      model: 'pos-5890',
    });
    expect(parsePrinterUrl('file:/tmp/r.bin?paper=58', DATA).layout).toEqual({ paper: 58 });
  });

  it.each([
    [
      'tcp//x',
      'is not understood; use tcp://host:9100, serial:/dev/ttyUSB0?baud=38400, usblp:/dev/usb/lp0 or file:/path/receipts.bin.',
    ],
    ['lpt1', 'is not understood'],
    ['http://printer:9100', 'is not understood'],
    ['tcp://printer:99999', 'is not understood'],
    ['tcp:printer:9100', 'names no host; use tcp://host:9100'],
    ['tcp://printer:0', 'has port 0'],
    ['tcp://printer:9100/queue', 'has a path after the port'],
    ['serial:/dev/ttyUSB0?baud=fast', 'has baud=fast; use one of 1200,'],
    ['serial://dev/ttyUSB0', 'has a host part ("dev"); use one slash, as in serial:/dev/ttyUSB0?baud=38400.'],
    ['usblp:', 'names no device; use usblp:/dev/usb/lp0.'],
    ['tcp://printer:9100?baud=9600', 'has an unknown option "baud"; use paper=, model= or nothing.'],
    ['serial:/dev/ttyUSB0?speed=9600', 'has an unknown option "speed"; use baud=, paper=, model= or nothing.'],
    ['tcp://printer:9100?paper=60', 'has paper=60; use paper=58 or paper=80.'],
    [
      'tcp://printer:9100?model=epson-tm-t99',
      'names model "epson-tm-t99", which is not an ESC/POS printer the encoder knows; use one of ',
    ],
    ['tcp://printer:9100?model=star-tsp100iv', 'names model "star-tsp100iv"'],
    [
      'tcp://printer:9100?model=pos-5890&paper=80',
      'asks for paper=80 but model pos-5890 prints on 58 mm paper; use paper=58 or leave paper out.',
    ],
    ['file://server/share/r.bin', 'is not a file path on this computer'],
    ['file:receipts.bin', 'is not an absolute path; use file:/path/receipts.bin.'],
  ])('refuses %s with one sentence that names the setting and the fix', (value, problem) => {
    let error: Error | undefined;
    try {
      parsePrinterUrl(value, DATA);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('ConfigError');
    expect(error?.message).toContain(`KIOSK_PRINTER "${value}" ${problem}`);
    expect(error?.message).toMatch(/\.$/);
    expect(error?.message.split('. ')).toHaveLength(1);
  });

  it('opens the transport the value names', async () => {
    for (const [value, kind] of [
      ['tcp://127.0.0.1:9100', 'tcp'],
      ['serial:/dev/ttyUSB0', 'serial'],
      ['usblp:/dev/usb/lp0', 'usblp'],
      [undefined, 'file'],
    ] as const) {
      const transport = openTransport(parsePrinterUrl(value, DATA));
      expect(transport.kind).toBe(kind);
      await transport.close();
    }
  });
});
