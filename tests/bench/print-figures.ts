import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dispatch } from '../../main/api/dispatch.ts';
import { testConfig } from '../fixtures/kiosk-config.ts';
import { openKiosk, type Kiosk } from '../../main/open-kiosk.ts';
import { startVirtualPrinter, type VirtualPrinter, type VirtualPrinterState } from '../fixtures/virtual-printer.ts';
import { readEscPos } from '../fixtures/escpos-reader.ts';
import { paperLengthMm } from '../fixtures/paper-length.ts';
import { percentile, type Figure } from './report.ts';
import { KK_UBAH } from '../fixtures/submissions.ts';

const PRINTER_MM_PER_S = 300;
const DRAINED_RECEIPTS = 40;
const RECOVERY_TARGET_MS = 2000;
const TRIALS_PER_FAULT = 3;

interface Bench {
  kiosk: Kiosk;
  printer: VirtualPrinter;
  close(): Promise<void>;
}

/** A kiosk printing to a virtual printer; the citizen is not waited for, so submissions pile up. */
async function benchKiosk(): Promise<Bench> {
  const printer = await startVirtualPrinter();
  const config = testConfig({ KIOSK_PRINTER: printer.url });
  const dataDir = config.dataDir;
  const kiosk = await openKiosk(config, { printWaitMs: 0 });
  const bench: Bench = {
    kiosk,
    printer,
    async close() {
      await kiosk.close();
      await bench.printer.close(); // the one now in place, if a fault replaced it
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return bench;
}

async function submit(kiosk: Kiosk): Promise<void> {
  const result = await dispatch(kiosk.api, 'requests.submit', KK_UBAH);
  if (!result.ok) throw new Error(`bench submission refused: ${result.message}`);
}

/**
 * The queue draining into a printer that takes bytes only as fast as a 300 mm/s printer
 * moves this receipt's paper: what is lost per receipt to status queries, the read-back
 * and the job's three commits shows as the gap to the physical maximum.
 */
async function measureThroughput(): Promise<Figure> {
  const bench = await benchKiosk();
  try {
    await submit(bench.kiosk);
    await bench.printer.waitForCuts(1);
    const bytes = bench.printer.jobs()[0]!.length;
    const paperMm = paperLengthMm(readEscPos(bench.printer.jobs()[0]!));
    const receiptSeconds = paperMm / PRINTER_MM_PER_S;
    const bytesPerSecond = Math.round(bytes / receiptSeconds);
    bench.printer.setState({ bytesPerSecond });

    const start = performance.now();
    for (let i = 0; i < DRAINED_RECEIPTS; i++) await submit(bench.kiosk);
    await bench.printer.waitForCuts(1 + DRAINED_RECEIPTS, DRAINED_RECEIPTS * receiptSeconds * 2000);
    const perMinute = (DRAINED_RECEIPTS / ((bench.printer.cutTimes().at(-1)! - start) / 1000)) * 60;
    const maximum = 60 / receiptSeconds;
    return {
      name: 'print queue throughput',
      value: `${perMinute.toFixed(1)} receipts/min = ${((perMinute / maximum) * 100).toFixed(0)}% of ${maximum.toFixed(1)}/min`,
      target: `>= 90% of the physical maximum (${paperMm.toFixed(0)} mm receipts at ${PRINTER_MM_PER_S} mm/s)`,
      met: perMinute >= maximum * 0.9,
      detail: `${DRAINED_RECEIPTS} "${KK_UBAH.serviceCode}" receipts of ${bytes} bytes queued at once, printer reading ${bytesPerSecond} bytes/s`,
    };
  } finally {
    await bench.close();
  }
}

interface FaultKind {
  name: string;
  /** Puts the printer at fault; resolves with the function that brings it back. */
  break(bench: Bench): Promise<() => Promise<void>>;
}

const stateFault = (name: string, on: Partial<VirtualPrinterState>, off: Partial<VirtualPrinterState>): FaultKind => ({
  name,
  break: async ({ printer }) => {
    printer.setState(on);
    return async () => printer.setState(off);
  },
});

const FAULTS: FaultKind[] = [
  stateFault('paper end', { paperEnd: true }, { paperEnd: false }),
  stateFault('cover open', { coverOpen: true }, { coverOpen: false }),
  stateFault('offline', { offline: true }, { offline: false }),
  stateFault('hung, then switched off and on', { silent: true }, { silent: false }),
  {
    name: 'switched off, then on',
    break: async (bench) => {
      const port = bench.printer.port;
      await bench.printer.close();
      return async () => {
        bench.printer = await startVirtualPrinter({ port });
      };
    },
  },
];

/** From the printer being ready again to the first byte of the job that waited for it. */
async function recoveryTimes(fault: FaultKind): Promise<number[]> {
  const bench = await benchKiosk();
  const times: number[] = [];
  try {
    for (let trial = 0; trial < TRIALS_PER_FAULT; trial++) {
      const broken = bench.printer;
      const printedBefore = broken.firstByteTimes().length;
      const recover = await fault.break(bench);
      await submit(bench.kiosk);
      // Long enough for the queue's backoff to reach its cap, and different each time.
      await sleep(1500 + trial * 350);
      await recover();
      const back = performance.now();
      const printer = bench.printer; // a new one if it was switched off
      const job = printer === broken ? printedBefore : 0;
      while (printer.firstByteTimes().length <= job) await sleep(1);
      times.push(printer.firstByteTimes()[job]! - back);
      await printer.waitForCuts(job + 1, 5000);
    }
    return times;
  } finally {
    await bench.close();
  }
}

async function measureRecovery(): Promise<Figure> {
  const byFault: string[] = [];
  const all: number[] = [];
  // The kiosk logs every printer condition it sees; here they are the point, not news.
  const { warn, info } = console;
  console.warn = console.info = () => undefined;
  try {
    for (const fault of FAULTS) {
      const times = await recoveryTimes(fault);
      all.push(...times);
      byFault.push(`${fault.name} max ${Math.max(...times).toFixed(0)} ms`);
    }
  } finally {
    Object.assign(console, { warn, info });
  }
  all.sort((a, b) => a - b);
  const max = all.at(-1)!;
  return {
    name: 'fault recovery: printer back to first byte',
    value: `p50 ${percentile(all, 50).toFixed(0)} ms, max ${max.toFixed(0)} ms`,
    target: `<= ${RECOVERY_TARGET_MS} ms`,
    met: max <= RECOVERY_TARGET_MS,
    detail: `${all.length} trials (${TRIALS_PER_FAULT} each): ${byFault.join('; ')}`,
  };
}

export async function measurePrinting(): Promise<Figure[]> {
  return [await measureThroughput(), await measureRecovery()];
}
