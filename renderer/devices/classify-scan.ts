import type { EventPayload } from '../../preload/contract';

export type ScanKind = 'trackingCode' | 'staffBadge' | 'unknown';
export type Scan = { code: string; kind: ScanKind; source: EventPayload<'scanner.scan'>['source'] | 'wedge' };

/**
 * The shape of a tracking code only (twelve characters, or nine from kiosks before codes
 * were keyed; hyphens as printed allowed): the requests.status method checks the real
 * alphabet and the check character, so the renderer keeps no copy of either.
 */
const TRACKING_CODE_SHAPE = /^([2-9A-X]{12}|[2-9A-X]{9})$/;

export function classifyScan(code: string, badgePrefix: string | null): ScanKind {
  if (badgePrefix !== null && code.length > badgePrefix.length && code.startsWith(badgePrefix)) return 'staffBadge';
  // A wedge scanner types lower case while Caps Lock is on.
  if (TRACKING_CODE_SHAPE.test(code.replaceAll('-', '').toUpperCase())) return 'trackingCode';
  return 'unknown';
}
