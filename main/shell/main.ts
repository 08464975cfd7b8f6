import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron';
import { join } from 'node:path';
import { eventChannelFor } from '../../preload/contract.ts';
import { readConfig, type KioskConfig } from '../config.ts';
import { openKiosk, type Kiosk } from '../open-kiosk.ts';
import { keyFileStore } from '../secrets/key-store.ts';
import { describeStartupError } from '../startup-error.ts';
import { supervise } from '../supervisor.ts';
import { registerSchemePrivileges, serveRenderer } from './app-protocol.ts';
import { lockDownWindow, runsWindowed } from './kiosk-lockdown.ts';
import { registerIpc } from './register-ipc.ts';
import { safeStorageKeyStore } from './safe-storage-key.ts';
import { APP_ENTRY, kioskWindowOptions } from './security-policy.ts';
import { wireSecurity } from './wire-security.ts';

// Bundled to dist/main/electron.cjs; the renderer and preload builds sit beside it.
const distDir = join(__dirname, '..');
let kiosk: Kiosk | undefined;
let window: BrowserWindow | undefined;

// Whatever the kiosk writes (data, logs) is for its own user only.
process.umask(0o077);

// `--supervise` (the Windows autostart entry): this process only keeps the kiosk running,
// starting it again after a crash; it opens no window and holds no lock.
if (process.argv.includes('--supervise')) {
  const supervisor = supervise({
    command: process.execPath,
    args: process.argv.slice(1).filter((arg) => arg !== '--supervise'),
  });
  process.once('SIGTERM', () => supervisor.stop());
  void supervisor.done.then(() => app.exit(0));
  // One kiosk per computer session: a second start (a double-click, a second autostart) only
  // brings the running kiosk to the front. The data folder lock covers other data folders.
} else if (!app.requestSingleInstanceLock()) {
  console.error('Serambi is already running on this computer; this second start stops here.');
  app.exit(0);
} else {
  app.on('second-instance', () => window?.focus());
  // systemd (and an operator's `kill`) stop the kiosk with SIGTERM: close it cleanly, as a quit.
  process.once('SIGTERM', () => app.quit());
  registerSchemePrivileges(protocol);
  app.enableSandbox();
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void kiosk?.close());
}

function createWindow(events: Kiosk['events'], kioskMode: boolean): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions(join(distDir, 'preload', 'index.cjs'), kioskMode));
  win.once('ready-to-show', () => win.show());
  if (kioskMode) lockDownWindow(app, win);
  // A pinch must not zoom the kiosk: the layout is sized for the screen and a zoomed page
  // hides the buttons. The page blocks Ctrl+wheel and Ctrl+/- itself.
  void win.webContents.setVisualZoomLevelLimits(1, 1);
  // A crashed or hung page must not leave a citizen facing a blank screen: start afresh.
  win.webContents.on('render-process-gone', () => void win.loadURL(APP_ENTRY));
  win.on('unresponsive', () => win.webContents.reload());
  const unsubscribe = events.subscribe((event, payload) => win.webContents.send(eventChannelFor(event), payload));
  win.on('closed', unsubscribe);
  void win.loadURL(APP_ENTRY);
  return win;
}

/** KIOSK_KEY_FILE when an operator set one; otherwise the operating system's key store. */
async function keyStoreFor(config: KioskConfig) {
  return config.keyFile ? keyFileStore(config.keyFile) : safeStorageKeyStore(safeStorage, config.dataDir);
}

async function start(): Promise<void> {
  try {
    const config = readConfig(process.env, app.getPath('userData'));
    // An operator's exit from the console quits the kiosk window (status 0: the supervisor leaves it stopped).
    kiosk = await openKiosk(config, { keyStore: await keyStoreFor(config), onExit: () => app.quit() });
  } catch (error) {
    dialog.showErrorBox('Serambi', describeStartupError(error));
    app.exit(1);
    return;
  }
  const windowed = runsWindowed(process.env, app.isPackaged);
  if (process.env.KIOSK_WINDOWED && !windowed) {
    console.warn('KIOSK_WINDOWED is for development builds; this installed kiosk runs full screen.');
  }
  // No menu: its zoom, reload and developer-tools shortcuts are not for citizens.
  Menu.setApplicationMenu(null);
  wireSecurity(app, session.defaultSession);
  serveRenderer(protocol, join(distDir, 'renderer'));
  registerIpc(ipcMain, kiosk.api);
  window = createWindow(kiosk.events, !windowed);
}
