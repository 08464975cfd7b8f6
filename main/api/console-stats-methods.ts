import { join } from 'node:path';
import type { Statistics } from '../../preload/staff-contract.ts';
import { findService } from '../catalog/load-catalog.ts';
import { statisticsCsv } from '../console/stats-csv.ts';
import { writeWhole } from '../console/write-whole.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { helpCallsPerDay, printFaultsPerDay, requestsPerDay, tallyRequests } from '../store/stats-repo.ts';
import { usbFolder, UsbDriveError } from '../sync/usb-drives.ts';
import type { ApiDeps } from './deps.ts';
import { failure, ok, type MethodGroup } from './result.ts';
import { asStaff } from './staff-guard.ts';

/** About a year and a month: what one screen of charts can show. */
const MAX_DAYS = 400;

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The real kiosk's figures, also in training mode: training requests are not statistics. */
export function statistics(deps: ApiDeps, from: string, to: string): Statistics {
  const db = deps.kioskDb;
  tallyRequests(db);
  return {
    requests: requestsPerDay(db, from, to),
    helpCalls: helpCallsPerDay(db, from, to, deps.kiosk.timeZone),
    printFaults: printFaultsPerDay(db, from, to, deps.kiosk.timeZone),
  };
}

/** The console's Statistics screen. */
export function consoleStatsMethods(deps: ApiDeps): MethodGroup<'console.stats' | 'console.exportStats'> {
  const range = (from: string, to: string) =>
    to < from || daysBetween(from, to) > MAX_DAYS
      ? failure('invalidInput', `Choose a period of 1 to ${MAX_DAYS} days, its first day before its last.`)
      : null;
  return {
    'console.stats': asStaff(
      deps,
      'operator',
      async (_session, { from, to }) => range(from, to) ?? ok(statistics(deps, from, to)),
    ),

    'console.exportStats': asStaff(deps, 'operator', async (session, { from, to }) => {
      const refused = range(from, to);
      if (refused) return refused;
      let folder: string;
      try {
        folder = usbFolder(deps.usbDir);
      } catch (error) {
        if (error instanceof UsbDriveError) return failure('usbDrive', error.message);
        throw error;
      }
      const stats = statistics(deps, from, to);
      const name = (code: string) => findService(deps.catalog, code)?.service_name.id ?? code;
      const file = join(folder, `serambi-statistik-${deps.kiosk.codes.prefix}-${from}-${to}.csv`);
      writeWhole(file, statisticsCsv(stats, name));
      const rows = stats.requests.length + stats.helpCalls.length + stats.printFaults.length;
      appendAudit(deps.kioskDb, {
        at: deps.now().toISOString(),
        actor: session.staffNumber,
        action: 'stats.exported',
        subject: file,
        detail: { from, to, rows },
      });
      return ok({ file, rows });
    }),
  };
}
