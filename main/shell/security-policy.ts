import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The custom scheme the renderer is served from; file:// would give every local file the page's origin. */
export const APP_SCHEME = 'serambi';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Renderer isolation from the first window: no Node, sandboxed, isolated preload world. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: false,
  };
}

/** A full-screen kiosk window that a citizen cannot leave, resize or close. */
export function kioskWindowOptions(preloadPath: string, kioskMode: boolean): BrowserWindowConstructorOptions {
  return {
    kiosk: kioskMode,
    fullscreen: kioskMode,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Only the app's own pages may load; every other navigation is denied. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const target = new URL(url);
    return `${target.protocol}//${target.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** The kiosk needs no camera, microphone, location, notifications or anything else: deny all. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** IPC is answered only for the top frame of the app's own page. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAllowedNavigation(frame.url);
}
