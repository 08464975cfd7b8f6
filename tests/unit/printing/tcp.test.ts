import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tcpTransport } from '../../../main/printing/tcp.ts';
import { READY } from '../../../main/printing/transport.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { recordedMarks } from '../../fixtures/delivery-marks.ts';

let printer: VirtualPrinter;

beforeEach(async () => {
  printer = await startVirtualPrinter();
});

afterEach(async () => {
  await printer.close();
});

const transportTo = (port: number, statusTimeoutMs = 1500) =>
  tcpTransport({ host: '127.0.0.1', port, statusTimeoutMs });

describe('the TCP transport', () => {
  it('delivers each job on its own connection, byte for byte', async () => {
    const transport = transportTo(printer.port);
    const first = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a, 0x1d, 0x56, 0x00);
    const second = Uint8Array.of(0x1b, 0x40, 0x42, 0x0a, 0x1d, 0x56, 0x00);
    await transport.write(first);
    await transport.write(second);
    await printer.waitForCuts(2);
    expect(printer.jobs()).toEqual([Buffer.from(first), Buffer.from(second)]);
    expect(printer.received()).toEqual(Buffer.concat([first, second]));
    await transport.close();
  });

  it('reads a healthy printer as online with nothing wrong', async () => {
    expect(await transportTo(printer.port).status()).toEqual(READY);
  });

  it('reports paper end, near end, an open cover and offline as the printer states them', async () => {
    const transport = transportTo(printer.port);
    printer.setState({ paperNearEnd: true });
    expect(await transport.status()).toMatchObject({ online: true, paperNearEnd: true, paperEnd: false });
    printer.setState({ paperEnd: true });
    expect(await transport.status()).toMatchObject({ online: false, paperEnd: true, coverOpen: false });
    printer.setState({ paperEnd: false, paperNearEnd: false, coverOpen: true });
    expect(await transport.status()).toMatchObject({ online: false, paperEnd: false, coverOpen: true });
    printer.setState({ coverOpen: false, offline: true });
    expect(await transport.status()).toMatchObject({ online: false, paperEnd: false, coverOpen: false });
    expect(printer.received()).toHaveLength(0); // status queries are not print data
  });

  it('keeps a status query and a job from overlapping', async () => {
    const transport = transportTo(printer.port);
    const [, status] = await Promise.all([transport.write(Uint8Array.of(0x41, 0x1d, 0x56, 0x00)), transport.status()]);
    expect(status.online).toBe(true);
    expect(printer.jobs()).toEqual([Buffer.from([0x41, 0x1d, 0x56, 0x00])]);
  });

  it('resolves a job once the printer has read all of it, with the status it gave then', async () => {
    const transport = transportTo(printer.port);
    printer.setState({ bytesPerSecond: 2000 });
    const job = Buffer.concat([Buffer.alloc(200, 0x41), Buffer.from([0x1d, 0x56, 0x00])]);
    const { marks, seen, at } = recordedMarks();
    const started = performance.now();
    const status = await transport.write(job, marks);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90); // 203 bytes at 2000 bytes/s
    expect(seen).toEqual(['writing', 'written']);
    expect(at.written! - started).toBeLessThan(50); // the bytes left the kiosk at once
    // The two marks sit right around the write: the window a crash could fall into is short.
    expect(at.written! - at.writing!).toBeLessThan(5);
    expect(status).toEqual(READY);
    expect(printer.received()).toEqual(job);
  });

  it('resolves with the stop when the paper runs out during the job: the printer holds the rest', async () => {
    const transport = transportTo(printer.port);
    printer.paperOutAfter(10);
    const job = Buffer.concat([Buffer.alloc(30, 0x41), Buffer.from([0x1d, 0x56, 0x00])]);
    expect(await transport.write(job)).toMatchObject({ known: true, online: false, paperEnd: true });
    expect(printer.received()).toHaveLength(10);
    printer.setState({ paperEnd: false });
    expect(printer.received()).toEqual(job);
  });

  it('reports an autocutter error as the printer states it', async () => {
    printer.setState({ cutterError: true });
    expect(await transportTo(printer.port).status()).toMatchObject({ online: false, error: 'autocutter error' });
  });

  it('rejects a job the printer dropped the connection in the middle of', async () => {
    printer.dropAfter(5);
    await expect(transportTo(printer.port).write(Buffer.alloc(30, 0x41))).rejects.toThrow(
      `Printer at 127.0.0.1:${printer.port} failed while printing`,
    );
    expect(printer.received()).toHaveLength(5);
  });

  it('rejects a job the printer never reads, after the write timeout', async () => {
    printer.setState({ silent: true });
    const transport = tcpTransport({ host: '127.0.0.1', port: printer.port, writeTimeoutMs: 200 });
    await expect(transport.write(Buffer.alloc(30, 0x41))).rejects.toThrow(
      'did not confirm the whole job: the printer did not answer the status query within 200 ms',
    );
  });

  it('fails a job with the printer address when nothing listens', async () => {
    const port = printer.port;
    await printer.close();
    printer = await startVirtualPrinter();
    await expect(transportTo(port).write(Uint8Array.of(0x41))).rejects.toThrow(
      `Printer at 127.0.0.1:${port} cannot be reached`,
    );
    expect(await transportTo(port).status()).toMatchObject({ known: false, online: false });
  });
});

describe('a TCP printer that never answers status queries', () => {
  let silent: Server;
  beforeEach(async () => {
    silent = createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('is reported offline, status unknown, within the timeout', async () => {
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    const status = await transportTo(port, 300).status();
    const elapsed = Date.now() - started;
    expect(status).toEqual({
      known: false,
      online: false,
      reason: 'the printer did not answer the status query within 300 ms',
    });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1000);
  });
});
