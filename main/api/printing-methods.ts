import { lookupRequest } from './lookup-request.ts';
import { insertPrintJob, originalReceipt } from '../store/print-jobs-repo.ts';
import { buildTestReceipt } from '../printing/test-receipt.ts';
import { encodeReceipt } from '../printing/escpos.ts';
import type { ApiDeps } from './deps.ts';
import { failure, ok, type MethodGroup } from './result.ts';

/** Staff and operator actions on the printer. */
export function printingMethods(deps: ApiDeps): MethodGroup<'printing.reprint' | 'printing.testPrint'> {
  return {
    'printing.reprint': async ({ trackingCode }) => {
      const request = lookupRequest(deps.db, deps.kiosk.codes, trackingCode);
      if ('ok' in request) return request;
      const document = originalReceipt(deps.db, request.id);
      if (!document) return failure('notFound', `No receipt for ${trackingCode} on this kiosk.`);
      insertPrintJob(deps.db, request.id, document, deps.now().toISOString(), 'reprint');
      deps.printQueue.kick();
      return ok({ queued: true as const });
    },

    // Not a job: nobody waits for it later, and the operator standing there wants the answer now.
    'printing.testPrint': async () => {
      const document = buildTestReceipt(deps.catalog.agency, deps.kiosk, deps.printer.config, deps.now());
      const printed = await deps.printQueue.printNow(encodeReceipt(document, deps.printer.config.layout));
      return ok({ printed });
    },
  };
}
