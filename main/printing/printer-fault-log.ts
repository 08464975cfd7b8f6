import type { PrinterHealth } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { clearPrinterFault, recordPrinterFault } from '../store/stats-repo.ts';
import type { PrinterFaults } from './printer-monitor.ts';

/**
 * Printer stops, kept for the operator's statistics. Paper near its end is an alert, not a
 * stop. One log outlives the print queues an operator's changes replace, so a stop a new
 * queue sees again is not counted twice.
 */
export function printerFaultLog(db: Db): PrinterFaults {
  const open = new Map<PrinterHealth, number>();
  return {
    raised(code, at) {
      if (code === 'paperNearEnd' || open.has(code)) return;
      open.set(code, recordPrinterFault(db, code, at));
    },
    cleared(code, at) {
      const id = open.get(code);
      if (id === undefined) return;
      clearPrinterFault(db, id, at);
      open.delete(code);
    },
  };
}
