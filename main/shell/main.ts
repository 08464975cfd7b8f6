import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import { eventChannelFor } from '../../preload/contract.ts';
import { readConfig } from '../config.ts';
import { openKiosk, type Kiosk } from '../open-kiosk.ts';
import { describeStartupError } from '../startup-error.ts';
import { registerSchemePrivileges, serveRenderer } from './app-protocol.ts';
import { registerIpc } from './register-ipc.ts';
import { APP_ENTRY, kioskWindowOptions } from './security-policy.ts';
import { wireSecurity } from './wire-security.ts';

// Bundled to dist/main/electron.cjs; the renderer and preload builds sit beside it.
const distDir = join(__dirname, '..');
let kiosk: Kiosk | undefined;

registerSchemePrivileges(protocol);
app.enableSandbox();

function createWindow(events: Kiosk['events']): void {
  const win = new BrowserWindow(kioskWindowOptions(join(distDir, 'preload', 'index.cjs'), !process.env.KIOSK_WINDOWED));
  win.once('ready-to-show', () => win.show());
  // A pinch must not zoom the kiosk: the layout is sized for the screen and a zoomed page
  // hides the buttons. The page blocks Ctrl+wheel and Ctrl+/- itself.
  void win.webContents.setVisualZoomLevelLimits(1, 1);
  // A crashed or hung page must not leave a citizen facing a blank screen: start afresh.
  win.webContents.on('render-process-gone', () => void win.loadURL(APP_ENTRY));
  win.on('unresponsive', () => win.webContents.reload());
  const unsubscribe = events.subscribe((event, payload) => win.webContents.send(eventChannelFor(event), payload));
  win.on('closed', unsubscribe);
  void win.loadURL(APP_ENTRY);
}

app.whenReady().then(async () => {
  try {
    kiosk = openKiosk(readConfig(process.env, app.getPath('userData')));
  } catch (error) {
    dialog.showErrorBox('Serambi', describeStartupError(error));
    app.exit(1);
    return;
  }
  // No menu: its zoom, reload and developer-tools shortcuts are not for citizens.
  Menu.setApplicationMenu(null);
  wireSecurity(app, session.defaultSession);
  serveRenderer(protocol, join(distDir, 'renderer'));
  registerIpc(ipcMain, kiosk.api);
  createWindow(kiosk.events);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => void kiosk?.close());
