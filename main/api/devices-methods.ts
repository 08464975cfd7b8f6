import { detailOf, healthOf } from '../printing/printer-health.ts';
import { jobCounts } from '../store/print-jobs-repo.ts';
import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';

/** Printer and scanner state in one answer, for the operator screens. */
export function devicesMethods(deps: ApiDeps): MethodGroup<'devices.status'> {
  return {
    'devices.status': async () => {
      const status = await deps.printer.transport.status();
      const checkedAt = deps.now().toISOString();
      const health = healthOf(status);
      const counts = jobCounts(deps.db);
      return ok({
        printer: {
          configured: deps.printer.config.configured,
          kind: deps.printer.transport.kind,
          health,
          detail: detailOf(status),
          checkedAt,
          queuedJobs: counts.queued,
          failedJobs: counts.failed,
        },
        scanners: deps.scanners(),
        alerts: health === 'ready' ? [] : [{ code: health, since: checkedAt }],
      });
    },
  };
}
