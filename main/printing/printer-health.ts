import type { PrinterHealth } from '../../preload/contract.ts';
import type { PrinterStatus } from './transport.ts';

/**
 * Everything an operator must act on in one status reading, worst first. Offline is named
 * only when nothing else explains it: a printer with its cover open is offline too.
 */
export function conditionsOf(status: PrinterStatus): PrinterHealth[] {
  if (!status.known) return ['unknown'];
  const conditions: PrinterHealth[] = [];
  if (status.coverOpen) conditions.push('coverOpen');
  if (status.paperEnd) conditions.push('paperEnd');
  if (status.error) conditions.push('error');
  if (!status.online && conditions.length === 0) conditions.push('offline');
  if (status.paperNearEnd) conditions.push('paperNearEnd');
  return conditions;
}

/** The one word an operator screen shows for a printer's status: its worst condition. */
export function healthOf(status: PrinterStatus): PrinterHealth {
  return conditionsOf(status)[0] ?? 'ready';
}

/** A printer that answered and can print now; paper near its end still prints. */
export function canPrint(status: PrinterStatus): boolean {
  const health = healthOf(status);
  return health === 'ready' || health === 'paperNearEnd';
}

export function detailOf(status: PrinterStatus): string | null {
  return status.known ? status.error : status.reason;
}
