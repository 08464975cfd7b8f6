import type { Result } from '../../preload/contract.ts';
import { lookupRequest } from './lookup-request.ts';
import { queueReprint } from '../store/print-jobs-repo.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { buildTestReceipt } from '../printing/test-receipt.ts';
import { encodeReceipt } from '../printing/escpos.ts';
import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';

/**
 * A receipt printed again, as a copy; every reprint is in the audit trail with who asked
 * (a staff number from the console; null for a tool holding the operator key).
 */
export async function reprint(
  deps: ApiDeps,
  actor: string | null,
  trackingCode: string,
): Promise<Result<{ queued: true }>> {
  const request = lookupRequest(deps.db, deps.kiosk.codes, trackingCode);
  if ('ok' in request) return request;
  const at = deps.now().toISOString();
  const queued = deps.db.transaction(() => {
    // Still waiting to print: its original comes out when the printer can, and that is the receipt.
    const copy = queueReprint(deps.db, request.id, at);
    appendAudit(deps.db, { at, actor, action: 'printing.reprint', subject: request.trackingCode, detail: { copy } });
    return copy;
  })();
  if (queued) deps.printQueue.kick();
  return ok({ queued: true as const });
}

/** Staff and operator actions on the printer. */
export function printingMethods(deps: ApiDeps): MethodGroup<'printing.reprint' | 'printing.testPrint'> {
  return {
    'printing.reprint': ({ trackingCode }) => reprint(deps, null, trackingCode),

    // Not a job: nobody waits for it later, and the operator standing there wants the answer now.
    'printing.testPrint': async () => {
      const document = buildTestReceipt(deps.catalog.agency, deps.kiosk, deps.printer.config, deps.now());
      const printed = await deps.printQueue.printNow(encodeReceipt(document, deps.printer.config.layout));
      return ok({ printed });
    },
  };
}
