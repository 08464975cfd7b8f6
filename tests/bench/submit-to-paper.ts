import { rmSync } from 'node:fs';
import type { Answers, Service } from '../../preload/contract.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { testConfig } from '../fixtures/kiosk-config.ts';
import { openKiosk } from '../../main/open-kiosk.ts';
import { startVirtualPrinter } from '../fixtures/virtual-printer.ts';
import { readEscPos } from '../fixtures/escpos-reader.ts';
import { paperLengthMm } from '../fixtures/paper-length.ts';
import { percentile, type Figure } from './report.ts';
import { submission } from '../fixtures/submissions.ts';

const RUNS = 1000;
const WARM_UP = 20;
const PRINTER_MM_PER_S = 300;

/**
 * From the API call that submits (what the renderer makes) to the receipt's last byte at
 * a printer on a real TCP socket, against the time a 300 mm/s printer needs to move that
 * receipt's paper: the software must be invisible next to the mechanics.
 */
export async function measureSubmitToPaper(
  service: Service,
  answers: Answers,
  consents: Record<string, boolean>,
): Promise<Figure> {
  const printer = await startVirtualPrinter();
  const config = testConfig({ KIOSK_PRINTER: printer.url });
  const dataDir = config.dataDir;
  const kiosk = await openKiosk(config);
  try {
    const latencies: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const start = performance.now();
      const result = await dispatch(kiosk.api, 'requests.submit', submission(service, answers, consents));
      if (!result.ok) throw new Error(`bench submission refused: ${result.message}`);
      await printer.waitForCuts(i + 1, 10_000);
      if (i >= WARM_UP) latencies.push(printer.cutTimes()[i]! - start);
    }
    latencies.sort((a, b) => a - b);
    const paperMm = paperLengthMm(readEscPos(printer.jobs()[0]!));
    const physicalMs = (paperMm / PRINTER_MM_PER_S) * 1000;
    const p95 = percentile(latencies, 95);
    return {
      name: 'submit to last receipt byte',
      value: `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms = ${((p95 / physicalMs) * 100).toFixed(1)}% of paper time`,
      target: `p95 <= 5% of ${physicalMs.toFixed(0)} ms (${paperMm.toFixed(0)} mm at ${PRINTER_MM_PER_S} mm/s)`,
      met: p95 <= physicalMs * 0.05,
      detail: `${RUNS} submissions of "${service.service_code}" over TCP to the virtual printer, after ${WARM_UP} warm-up`,
    };
  } finally {
    await kiosk.close();
    await printer.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
