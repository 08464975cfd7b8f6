import { afterEach, describe, expect, it } from 'vitest';
import type { DevicesStatus, SubmitReceipt } from '../../../preload/contract.ts';
import { dispatch } from '../../../main/api/dispatch.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { openKiosk, type Kiosk } from '../../../main/open-kiosk.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function kioskWithPrinter(): Promise<{ kiosk: Kiosk; printer: VirtualPrinter }> {
  const printer = await startVirtualPrinter();
  const kiosk = await openKiosk(testConfig({ KIOSK_PRINTER: printer.url }));
  cleanup.push(
    () => printer.close(),
    () => kiosk.close(),
  );
  return { kiosk, printer };
}

async function submit(kiosk: Kiosk): Promise<{ receipt: SubmitReceipt; ms: number }> {
  const started = performance.now();
  const result = await dispatch(kiosk.api, 'requests.submit', KK_UBAH);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.message);
  return { receipt: result.value as SubmitReceipt, ms };
}

async function devices(kiosk: Kiosk): Promise<DevicesStatus> {
  const result = await dispatch(kiosk.api, 'devices.status', {});
  if (!result.ok) throw new Error(result.message);
  return result.value as DevicesStatus;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Fault {
  start(printer: VirtualPrinter): void;
  recover(printer: VirtualPrinter): void;
  /** What the citizen is told: it printed (a slow print), it is still to come (a broken link, no answer), or it cannot print now. */
  printer: SubmitReceipt['printer'];
  /** The alert an operator sees meanwhile. */
  alert?: DevicesStatus['alerts'][number]['code'];
}

const FAULTS: Array<[string, Fault]> = [
  [
    'the paper is out before the job',
    {
      start: (p) => p.setState({ paperEnd: true }),
      recover: (p) => p.setState({ paperEnd: false }),
      printer: 'stopped',
      alert: 'paperEnd',
    },
  ],
  [
    'the paper runs out in the middle of the job',
    {
      start: (p) => p.paperOutAfter(300),
      recover: (p) => p.setState({ paperEnd: false }),
      printer: 'stopped',
      alert: 'paperEnd',
    },
  ],
  [
    'the cover is open',
    {
      start: (p) => p.setState({ coverOpen: true }),
      recover: (p) => p.setState({ coverOpen: false }),
      printer: 'stopped',
      alert: 'coverOpen',
    },
  ],
  [
    'the printer is offline',
    {
      start: (p) => p.setState({ offline: true }),
      recover: (p) => p.setState({ offline: false }),
      printer: 'stopped',
      alert: 'offline',
    },
  ],
  [
    'the connection drops in the middle of the job',
    { start: (p) => p.dropAfter(300), recover: () => undefined, printer: 'queued' },
  ],
  [
    'the printer takes 1 KB/s',
    { start: (p) => p.setState({ bytesPerSecond: 1000 }), recover: () => undefined, printer: 'printed' },
  ],
  [
    'the printer never answers',
    {
      start: (p) => p.setState({ silent: true }),
      recover: (p) => p.setState({ silent: false }),
      printer: 'queued',
      alert: 'unknown',
    },
  ],
];

describe.each(FAULTS)('when %s', (_name, fault) => {
  it('the citizen has the whole ticket within 3 s, the job is kept, and one receipt comes out after recovery', async () => {
    const { kiosk, printer } = await kioskWithPrinter();
    fault.start(printer);
    const { receipt, ms } = await submit(kiosk);

    expect(ms).toBeLessThan(3000);
    expect(receipt.printer).toBe(fault.printer);
    // The result screen has the whole ticket: tracking code, queue number and QR code.
    expect(receipt.trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(receipt.queueNumber).toMatch(/^[A-Z]-\d{3}$/);
    expect(receipt.qr).toBe(receipt.trackingCode.replace(/-/g, ''));

    if (fault.alert) {
      const meanwhile = await devices(kiosk);
      expect(meanwhile.printer.queuedJobs).toBe(1);
      expect(meanwhile.alerts.map((a) => a.code)).toContain(fault.alert);
      expect(printer.completedReceipts()).toEqual([]);
    }

    fault.recover(printer);
    await printer.waitForCuts(1, 6000);
    await sleep(600); // room for a second copy to show up, if one were coming
    expect(printer.completedReceipts()).toEqual([receipt.qr]);
    const after = await devices(kiosk);
    expect(after.printer).toMatchObject({ health: 'ready', queuedJobs: 0, failedJobs: 0 });
    expect(after.alerts).toEqual([]);
    expect(await dispatch(kiosk.api, 'requests.status', { trackingCode: receipt.trackingCode })).toMatchObject({
      ok: true,
      value: { receiptPrinted: true },
    });
  });
});

describe('printer alerts and operator actions', () => {
  it('raises paper near end while receipts still print', async () => {
    const { kiosk, printer } = await kioskWithPrinter();
    printer.setState({ paperNearEnd: true });
    expect((await submit(kiosk)).receipt.printer).toBe('printed');
    const status = await devices(kiosk);
    expect(status.printer.health).toBe('paperNearEnd');
    expect(status.alerts).toEqual([{ code: 'paperNearEnd', since: expect.any(String) }]);
  });

  it('prints a test page only on a printer that can print, outside the queue', async () => {
    const { kiosk, printer } = await kioskWithPrinter();
    printer.setState({ coverOpen: true });
    expect(await dispatch(kiosk.api, 'printing.testPrint', {})).toEqual({ ok: true, value: { printed: false } });
    printer.setState({ coverOpen: false });
    expect(await dispatch(kiosk.api, 'printing.testPrint', {})).toEqual({ ok: true, value: { printed: true } });
    expect(printer.jobs()).toHaveLength(1);
    expect(kiosk.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
  });

  it('adds nothing when staff ask again for a receipt that still waits for paper: the original comes out', async () => {
    const { kiosk, printer } = await kioskWithPrinter();
    printer.setState({ paperEnd: true });
    const { receipt } = await submit(kiosk);
    expect(await dispatch(kiosk.api, 'printing.reprint', { trackingCode: receipt.trackingCode })).toEqual({
      ok: true,
      value: { queued: true },
    });
    printer.setState({ paperEnd: false });
    await printer.waitForCuts(1, 3000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const code = receipt.trackingCode.replace(/-/g, '');
    expect(printer.completedOriginals()).toEqual([code]);
    expect(printer.completedReceipts()).toEqual([code]);
    // Once it has printed, asking again prints a copy.
    await dispatch(kiosk.api, 'printing.reprint', { trackingCode: receipt.trackingCode });
    await printer.waitForCuts(2, 3000);
    expect(printer.completedReceipts()).toEqual([code, code]);
    expect(printer.completedOriginals()).toEqual([code]);
  });
});
