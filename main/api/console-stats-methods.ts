import type { Statistics } from '../../preload/staff-contract.ts';
import { findService } from '../catalog/load-catalog.ts';
import { statisticsCsv } from '../console/stats-csv.ts';
import { helpCallsPerDay, printFaultsPerDay, requestsPerDay, tallyRequests } from '../store/stats-repo.ts';
import type { ApiDeps } from './deps.ts';
import { failure, ok, type MethodGroup } from './result.ts';
import { saveToUsb } from './save-to-usb.ts';
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
      const stats = statistics(deps, from, to);
      const rows = stats.requests.length + stats.helpCalls.length + stats.printFaults.length;
      const name = (code: string) => findService(deps.catalog, code)?.service_name.id ?? code;
      const saved = await saveToUsb(deps, session, 'stats.exported', { from, to, rows }, async () => ({
        fileName: `serambi-statistik-${deps.kiosk.codes.prefix}-${from}-${to}.csv`,
        bytes: statisticsCsv(stats, name),
      }));
      return 'file' in saved ? ok({ file: saved.file, rows }) : saved;
    }),
  };
}
