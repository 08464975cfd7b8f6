import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';

vi.mock('electron', () => ({}));
const { isCloseShortcut, lockDownWindow, runsWindowed } = await import('../../../main/shell/kiosk-lockdown.ts');

const key = (key: string, mods: Partial<{ alt: boolean; control: boolean; meta: boolean }> = {}) => ({
  type: 'keyDown' as const,
  key,
  alt: false,
  control: false,
  meta: false,
  ...mods,
});

describe('kiosk mode', () => {
  it('runs windowed only in a development build that asks for it', () => {
    expect(runsWindowed({ KIOSK_WINDOWED: '1' }, false)).toBe(true);
    expect(runsWindowed({ KIOSK_WINDOWED: '1' }, true)).toBe(false);
    expect(runsWindowed({}, false)).toBe(false);
  });

  it('knows the shortcuts that would close the window', () => {
    for (const k of [key('F4', { alt: true }), key('w', { control: true }), key('q', { control: true })]) {
      expect(isCloseShortcut(k)).toBe(true);
    }
    for (const k of [
      key('F4'),
      key('w'),
      key('a', { control: true }),
      { ...key('F4', { alt: true }), type: 'keyUp' },
    ]) {
      expect(isCloseShortcut(k as never)).toBe(false);
    }
  });

  it('refuses to close the window, and lets it close once the app is quitting', () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    const contents = new EventEmitter();
    const win = Object.assign(new EventEmitter(), { webContents: contents });
    lockDownWindow(app as never, win as never);

    const close = { preventDefault: vi.fn() };
    win.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();

    const altF4 = { preventDefault: vi.fn() };
    contents.emit('before-input-event', altF4, key('F4', { alt: true }));
    expect(altF4.preventDefault).toHaveBeenCalled();
    const typing = { preventDefault: vi.fn() };
    contents.emit('before-input-event', typing, key('a'));
    expect(typing.preventDefault).not.toHaveBeenCalled();

    app.emit('before-quit');
    const closing = { preventDefault: vi.fn() };
    win.emit('close', closing);
    expect(closing.preventDefault).not.toHaveBeenCalled();
  });
});
