import { useEffect, useLayoutEffect, useRef } from 'react';
import type { KioskApi, ScannerSettings } from '../../preload/contract';
import type { Scan } from './classify-scan';
import { listenForScans } from './listen-for-scans';

/**
 * Calls `onScan` for every scan while the calling component is mounted: keyboard-wedge
 * scans typed into the page and the HID and serial scans main reads. `settings` is
 * kiosk.info's `scanner` (undefined until it has loaded: the defaults apply meanwhile).
 */
export function useScans(kiosk: KioskApi, settings: ScannerSettings | undefined, onScan: (scan: Scan) => void): void {
  // The latest onScan, without listening afresh on every render.
  const latest = useRef(onScan);
  useLayoutEffect(() => {
    latest.current = onScan;
  });
  useEffect(
    () => listenForScans({ keys: window, kiosk, settings, onScan: (scan) => latest.current(scan) }),
    [kiosk, settings],
  );
}
