import { detailOf, healthOf } from '../printing/printer-health.ts';
import { jobCounts } from '../store/print-jobs-repo.ts';
import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';

// The queue reads the status before and after every job and every POLL_MS while the printer
// is stopped, so a reading this young is usually there; an idle printer is asked afresh.
const STATUS_MAX_AGE_MS = 2000;

/** Printer and scanner state in one answer, for the operator screens. */
export function devicesMethods(deps: ApiDeps): MethodGroup<'devices.status'> {
  return {
    'devices.status': async () => {
      const { status, checkedAt } = await deps.printQueue.printer.recent(STATUS_MAX_AGE_MS);
      const counts = jobCounts(deps.db);
      const purge = deps.purges.latest();
      const overdue = purge?.syncOverdueSince ? [{ code: 'syncOverdue' as const, since: purge.syncOverdueSince }] : [];
      return ok({
        printer: {
          configured: deps.printer.config.configured,
          kind: deps.printer.transport.kind,
          health: healthOf(status),
          detail: detailOf(status),
          checkedAt,
          queuedJobs: counts.queued,
          failedJobs: counts.failed,
        },
        scanners: deps.scanners(),
        alerts: [...overdue, ...deps.printQueue.printer.alerts()],
        personalData: {
          lastPurgeAt: purge?.ranAt ?? null,
          purgedLastTime: purge?.purged ?? 0,
          oldestUnsyncedAt: purge?.oldestUnsynced?.requestedAt ?? null,
        },
      });
    },
  };
}
