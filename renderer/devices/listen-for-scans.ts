/**
 * All scans in one stream: keyboard-wedge scans recognised from the page's keystrokes, and
 * the HID and serial scans main reads, each classified as a tracking code, a staff badge or
 * neither.
 */
import type { KioskApi, ScannerSettings } from '../../preload/contract';
import { classifyScan, type Scan } from './classify-scan';
import { WedgeDetector } from './wedge-detector';

/** What main sends by default; used until kiosk.info has answered, or if it cannot. */
const DEFAULT_SCANNER_SETTINGS: ScannerSettings = { wedgePrefix: [], wedgeSuffix: ['Enter'], badgePrefix: null };

/**
 * The same code again this soon is the same scan: a scanner that reads a code twice, or a
 * keyboard-mode USB scanner read by main while the system also types what it sends.
 */
export const REPEAT_MS = 1000;

export type ScanListenerOptions = {
  /** Where keystrokes arrive: window in the kiosk. */
  keys: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  kiosk: Pick<KioskApi, 'on'>;
  settings: ScannerSettings | undefined;
  onScan: (scan: Scan) => void;
  now?: () => number;
};

/** Starts listening; returns the function that stops. */
export function listenForScans({ keys, kiosk, settings, onScan, now = () => performance.now() }: ScanListenerOptions) {
  const { badgePrefix, ...wedge } = settings ?? DEFAULT_SCANNER_SETTINGS;
  const detector = new WedgeDetector(wedge);
  let last: { code: string; at: number } | null = null;

  const deliver = (code: string, source: Scan['source']) => {
    const at = now();
    if (last?.code === code && at - last.at < REPEAT_MS) return;
    last = { code, at };
    onScan({ code, kind: classifyScan(code, badgePrefix), source });
  };

  const onKey = (event: Event) => {
    const { key, timeStamp, repeat } = event as KeyboardEvent;
    const decision = detector.key({ key, time: timeStamp, repeat });
    if (decision.consume) {
      // Listening in the capture phase on window, this runs before the page's own key handlers.
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (decision.scan !== null) deliver(decision.scan, 'wedge');
  };

  keys.addEventListener('keydown', onKey, { capture: true });
  const stopMain = kiosk.on('scanner.scan', ({ code, source }) => deliver(code, source));
  return () => {
    keys.removeEventListener('keydown', onKey, { capture: true });
    stopMain();
  };
}
