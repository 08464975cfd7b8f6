import { describe, expect, it } from 'vitest';
import { PrinterMonitor } from '../../../main/printing/printer-monitor.ts';
import { unknownStatus } from '../../../main/printing/printer-status.ts';
import { READY, type PrinterStatus, type PrinterTransport } from '../../../main/printing/transport.ts';

const quiet = { warn: () => undefined, info: () => undefined };
const ready = READY as Extract<PrinterStatus, { known: true }>;

function fakePrinter() {
  let clock = Date.parse('2026-11-27T02:00:00Z');
  const printer = {
    status: READY as PrinterStatus,
    queries: 0,
    now: () => new Date(clock),
    advance: (ms: number) => (clock += ms),
  };
  const transport: PrinterTransport = {
    kind: 'tcp',
    status: async () => {
      printer.queries += 1;
      return printer.status;
    },
    write: async () => READY,
    close: async () => undefined,
  };
  return { printer, monitor: new PrinterMonitor(transport, printer.now, quiet) };
}

describe('the printer monitor', () => {
  it('raises paper near end before the paper runs out, keeps each alert with the time it began, and clears it', async () => {
    const { printer, monitor } = fakePrinter();
    await monitor.read();
    expect(monitor.alerts()).toEqual([]);

    printer.status = { ...ready, paperNearEnd: true };
    await monitor.read();
    printer.advance(60_000);
    await monitor.read();
    expect(monitor.alerts()).toEqual([{ code: 'paperNearEnd', since: '2026-11-27T02:00:00.000Z' }]);

    printer.status = { ...ready, online: false, paperNearEnd: true, paperEnd: true };
    await monitor.read();
    expect(monitor.alerts()).toEqual([
      { code: 'paperEnd', since: '2026-11-27T02:01:00.000Z' },
      { code: 'paperNearEnd', since: '2026-11-27T02:00:00.000Z' },
    ]);

    printer.advance(60_000);
    monitor.record(READY); // the status a printer gives after a job counts as well
    expect(monitor.alerts()).toEqual([]);
  });

  it('names a printer that does not answer, and offline only when nothing else explains it', async () => {
    const { printer, monitor } = fakePrinter();
    printer.status = unknownStatus('Printer at 10.0.0.5:9100 cannot be reached: ECONNREFUSED');
    await monitor.read();
    expect(monitor.alerts().map((a) => a.code)).toEqual(['unknown']);
    printer.status = { ...ready, online: false, coverOpen: true };
    await monitor.read();
    expect(monitor.alerts().map((a) => a.code)).toEqual(['coverOpen']);
    printer.status = { ...ready, online: false };
    await monitor.read();
    expect(monitor.alerts().map((a) => a.code)).toEqual(['offline']);
  });

  it('shares one query among those who ask at once, and reuses a recent reading', async () => {
    const { printer, monitor } = fakePrinter();
    await Promise.all([monitor.read(), monitor.read(), monitor.recent(1000)]);
    expect(printer.queries).toBe(1);
    printer.advance(500);
    expect(await monitor.recent(1000)).toEqual({ status: READY, checkedAt: '2026-11-27T02:00:00.000Z' });
    expect(printer.queries).toBe(1);
    printer.advance(1000);
    expect((await monitor.recent(1000)).checkedAt).toBe('2026-11-27T02:00:01.500Z');
    expect(printer.queries).toBe(2);
  });
});
