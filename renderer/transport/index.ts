import type { KioskApi } from '../../preload/contract';
import { browserKiosk } from './browser';

/**
 * Electron's preload puts `kiosk` on window; in browser mode we build the same API over HTTP.
 * Window is not augmented here so this file cannot disagree with the preload's own declaration.
 */
export function resolveKiosk(): KioskApi {
  const fromPreload = (window as unknown as { kiosk?: KioskApi }).kiosk;
  if (fromPreload) return fromPreload;
  const token = document.querySelector<HTMLMetaElement>('meta[name="kiosk-token"]')?.content ?? '';
  return browserKiosk({ token });
}
