import { formatTrackingCode } from '../requests/tracking-code.ts';
import { unfinishedJobs } from '../store/print-jobs-repo.ts';
import type { ApiDeps } from './deps.ts';
import { devicesMethods } from './devices-methods.ts';
import { printingMethods, reprint } from './printing-methods.ts';
import { ok, type MethodGroup } from './result.ts';
import { asStaff } from './staff-guard.ts';

const LISTED_JOBS = 20;

/** The console's Devices screen: the printer, its queue and the scanners; test prints and reprints. */
export function consoleDevicesMethods(
  deps: ApiDeps,
): MethodGroup<'console.devices' | 'console.testPrint' | 'console.reprint'> {
  const devices = devicesMethods(deps);
  const printing = printingMethods(deps);
  return {
    'console.devices': asStaff(deps, 'operator', async () => {
      const status = await devices['devices.status']({});
      if (!status.ok) return status;
      const jobs = unfinishedJobs(deps.db, LISTED_JOBS).map((j) => ({
        ...j,
        trackingCode: formatTrackingCode(j.trackingCode),
      }));
      return ok({ status: status.value, jobs });
    }),

    'console.testPrint': asStaff(deps, 'operator', () => printing['printing.testPrint']({})),

    'console.reprint': asStaff(deps, 'operator', (session, { trackingCode }) =>
      reprint(deps, session.staffNumber, trackingCode),
    ),
  };
}
