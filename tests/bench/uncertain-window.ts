import { join } from 'node:path';
import type { Answers, Catalog, Service } from '../../preload/contract.ts';
import { openDatabase } from '../../main/store/open-database.ts';
import { recordRequest } from '../../main/requests/submit-request.ts';
import { PrintQueue } from '../../main/printing/print-queue.ts';
import { tcpTransport } from '../../main/printing/tcp.ts';
import { storedReceipts } from '../../main/printing/request-receipt.ts';
import type { PrinterTransport } from '../../main/printing/transport.ts';
import { startVirtualPrinter } from '../fixtures/virtual-printer.ts';
import { removeTempDir, tempDir } from '../fixtures/temp-dir.ts';
import { countSteal, hostKept } from './host-steal.ts';
import { percentile, type Figure } from './report.ts';
import { testCipher, testKiosk } from '../fixtures/test-cipher.ts';

const RECEIPTS = 300;
const quiet = { warn: () => undefined, info: () => undefined, error: () => undefined };

/**
 * How long each receipt is in the one state a crash cannot resolve: from its 'printing'
 * mark being safe on disk (just before the bytes go) to its 'sent' mark being written
 * (just after). A kill that lands there prints the receipt again, as a copy. Measured
 * on the real queue, repository and TCP transport, with the marks timed from outside.
 */
export async function measureUncertainWindow(catalog: Catalog, service: Service, answers: Answers): Promise<Figure> {
  const printer = await startVirtualPrinter();
  const dir = tempDir('bench-window');
  const db = openDatabase(join(dir, 'serambi.sqlite'), testCipher());
  const windows: number[] = [];
  const inner = tcpTransport({ host: '127.0.0.1', port: printer.port });
  const timed: PrinterTransport = {
    ...inner,
    write: (bytes, marks) => {
      let durable = 0;
      return inner.write(bytes, {
        writing: () => {
          marks?.writing();
          durable = performance.now();
        },
        written: () => {
          marks?.written();
          windows.push((performance.now() - durable) * 1000);
        },
      });
    },
  };
  const kiosk = testKiosk();
  const queue = new PrintQueue(
    db,
    timed,
    { paper: 80 },
    { timeZone: kiosk.timeZone, log: quiet, receiptFor: storedReceipts(db, { catalog, kiosk }) },
  );
  queue.start();
  const stolen = countSteal();
  try {
    for (let i = 0; i < RECEIPTS; i++) {
      const { jobId } = recordRequest(db, catalog, kiosk, service, 'id', answers, new Date());
      queue.kick();
      if (!(await queue.waitUntilPrinted(jobId, 5000))) throw new Error('bench receipt did not print');
    }
  } finally {
    await queue.stop();
    db.close();
    await printer.close();
    removeTempDir(dir);
  }
  const sorted = windows.sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  return {
    name: 'uncertain delivery window per receipt',
    value: `p50 ${percentile(sorted, 50).toFixed(0)} µs, p99 ${p99.toFixed(0)} µs, max ${sorted.at(-1)!.toFixed(0)} µs`,
    target: 'as small as the marks allow; p99 <= 1,000 µs (a kill inside it reprints as a copy)',
    met: p99 <= 1000,
    detail:
      `${RECEIPTS} receipts to a virtual printer over TCP; from the synced 'printing' mark to the 'sent' mark` +
      hostKept(stolen()),
  };
}
