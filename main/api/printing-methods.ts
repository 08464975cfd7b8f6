import { lookupRequest } from './lookup-request.ts';
import { queueReprint } from '../store/print-jobs-repo.ts';
import { buildTestReceipt } from '../printing/test-receipt.ts';
import { encodeReceipt } from '../printing/escpos.ts';
import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';

/** Staff and operator actions on the printer. */
export function printingMethods(deps: ApiDeps): MethodGroup<'printing.reprint' | 'printing.testPrint'> {
  return {
    'printing.reprint': async ({ trackingCode }) => {
      const request = lookupRequest(deps.db, deps.kiosk.codes, trackingCode);
      if ('ok' in request) return request;
      // Still waiting to print: its original comes out when the printer can, and that is the receipt.
      if (queueReprint(deps.db, request.id, deps.now().toISOString())) deps.printQueue.kick();
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
