import type { PrinterHealth } from '../../preload/contract.ts';
import type { PrinterStatus } from './transport.ts';

/** The one word an operator screen shows for a printer's status, worst condition first. */
export function healthOf(status: PrinterStatus): PrinterHealth {
  if (!status.known) return 'unknown';
  if (status.coverOpen) return 'coverOpen';
  if (status.paperEnd) return 'paperEnd';
  if (status.error) return 'error';
  if (!status.online) return 'offline';
  if (status.paperNearEnd) return 'paperNearEnd';
  return 'ready';
}

export function detailOf(status: PrinterStatus): string | null {
  return status.known ? status.error : status.reason;
}
