import type { App, BrowserWindow, Input } from 'electron';

/**
 * A full-screen kiosk window only while the build is a development one and asks for a
 * window: a packaged kiosk ignores KIOSK_WINDOWED, so a stray setting cannot hand a
 * citizen a desktop with a close button.
 */
export function runsWindowed(env: NodeJS.ProcessEnv, isPackaged: boolean): boolean {
  return !!env.KIOSK_WINDOWED && !isPackaged;
}

/** Keys that close a window or quit on the desktops kiosks run: Alt+F4, Ctrl+W, Ctrl+Q, Ctrl+Shift+W. */
export function isCloseShortcut(input: Pick<Input, 'type' | 'key' | 'alt' | 'control' | 'meta'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  return (input.alt && key === 'f4') || ((input.control || input.meta) && (key === 'w' || key === 'q'));
}

/**
 * In kiosk mode the window cannot be closed by a citizen: close requests (Alt+F4 through
 * the window manager, a close event from anywhere) are refused and the close shortcuts
 * never reach the page. Only quitting the app closes it: an operator's exit, or the
 * supervisor stopping the kiosk (SIGTERM from systemd, the Windows task).
 */
export function lockDownWindow(app: Pick<App, 'on' | 'quit'>, win: Pick<BrowserWindow, 'on' | 'webContents'>): void {
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  win.on('close', (event) => {
    if (!quitting) event.preventDefault();
  });
  win.webContents.on('before-input-event', (event, input) => {
    if (isCloseShortcut(input)) event.preventDefault();
  });
}
