import { describe, expect, it, vi } from 'vitest';

// The shell is tested in plain Node: electron is replaced by recorders of what is wired.
const handlers: Record<string, (...args: unknown[]) => unknown> = {};
vi.mock('electron', () => ({}));

import {
  APP_ENTRY,
  isAllowedNavigation,
  isTrustedSender,
  kioskWindowOptions,
  permissionDecision,
  secureWebPreferences,
} from '../../../main/shell/security-policy.ts';
import { wireSecurity } from '../../../main/shell/wire-security.ts';
import { registerIpc } from '../../../main/shell/register-ipc.ts';
import { PAGE_CSP } from '../../../sync/page-policy.ts';
import { CITIZEN_METHOD_NAMES, channelFor } from '../../../preload/contract.ts';

describe('Electron security policy', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(kioskWindowOptions('/p', true)).toMatchObject({ kiosk: true, fullscreen: true });
  });

  it('allows navigation only within the app origin', () => {
    expect(isAllowedNavigation(APP_ENTRY)).toBe(true);
    expect(isAllowedNavigation('https://example.org/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('serambi://other/index.html')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'usb', 'openExternal']) {
      expect(permissionDecision(p)).toBe(false);
    }
  });

  it('trusts IPC only from the top frame of the app page', () => {
    expect(isTrustedSender({ url: APP_ENTRY, parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('sets a CSP that runs only the app’s own scripts', () => {
    expect(PAGE_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(PAGE_CSP).toMatch(/default-src 'none'/);
    expect(PAGE_CSP).not.toMatch(/unsafe-eval/);
  });

  it('wires deny handlers for navigation, redirects, new windows, webviews and permissions', () => {
    const appEvents: Record<string, (...a: unknown[]) => void> = {};
    const app = { on: (name: string, fn: (...a: unknown[]) => void) => (appEvents[name] = fn) };
    const session = {
      setPermissionRequestHandler: (fn: (...a: unknown[]) => void) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: (...a: unknown[]) => unknown) => (handlers.check = fn),
    };
    wireSecurity(app as never, session as never);

    let granted: boolean | undefined;
    handlers.request!(null, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(handlers.check!(null, 'geolocation')).toBe(false);

    const contentsEvents: Record<string, (...a: unknown[]) => void> = {};
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (name: string, fn: (...a: unknown[]) => void) => (contentsEvents[name] = fn),
      setWindowOpenHandler: (fn: () => unknown) => (openHandler = fn),
    };
    appEvents['web-contents-created']!({}, contents);
    const prevented = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      contentsEvents[name]!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://example.org')).toBe(true);
    expect(prevented('will-navigate', APP_ENTRY)).toBe(false);
    expect(prevented('will-redirect', 'https://example.org')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('registers exactly the citizen methods (no reprint for the page) and refuses calls from foreign frames', async () => {
    const registered = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const ipcMain = { handle: (channel: string, fn: never) => registered.set(channel, fn) };
    const api = {
      'kiosk.info': async () => ({
        ok: true,
        value: { kioskId: 'K3A', timeZone: 'Asia/Jakarta', agency: { id: 'a', en: 'a' }, printerConfigured: true },
      }),
    };
    registerIpc(ipcMain as never, api as never);
    expect([...registered.keys()].sort()).toEqual(CITIZEN_METHOD_NAMES.map(channelFor).sort());
    expect(registered.has(channelFor('printing.reprint'))).toBe(false);

    const info = registered.get(channelFor('kiosk.info'))!;
    expect(await info({ senderFrame: { url: APP_ENTRY, parent: null } }, {})).toMatchObject({ ok: true });
    expect(await info({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({
      ok: false,
    });
    expect(await info({ senderFrame: { url: APP_ENTRY, parent: null } }, { extra: 1 })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
  });
});
