/**
 * Rules of a touch-only public kiosk that can be read off the source: nothing that needs a
 * mouse hovering, a long press, a double tap or a drag, and nothing the citizen entered
 * kept in browser storage, where the next citizen's session could find it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../renderer/', import.meta.url));

function sources(dir = root): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) return sources(`${path}/`);
    return /\.(tsx?|css)$/.test(entry.name)
      ? [{ path: path.slice(root.length), text: readFileSync(path, 'utf8') }]
      : [];
  });
}

const all = sources();
const code = all.filter((f) => !f.path.endsWith('.css'));
const matches = (files: typeof all, pattern: RegExp) =>
  files.flatMap((f) => [...f.text.matchAll(new RegExp(pattern, 'g'))].map((m) => `${f.path}: ${m[0]}`));

describe('touch only', () => {
  it('has no hover styles', () => {
    expect(matches(all, /:hover\b/)).toEqual([]);
  });

  it('listens for no hover, long press, double tap or drag', () => {
    const gestures =
      /\bon(MouseEnter|MouseOver|MouseLeave|MouseMove|PointerEnter|PointerOver|PointerOut|PointerLeave|PointerMove|GotPointerCapture|LostPointerCapture|TouchMove|TouchStart|DoubleClick|Drag\w*|Drop|ContextMenu)\b/;
    expect(matches(code, gestures)).toEqual([]);
    // touch-only.ts stops these at the page, so a listener for one would never hear it.
    const boundary = /addEventListener\(\s*'(pointerover|pointerout|gotpointercapture|lostpointercapture)'/;
    expect(code.filter((f) => boundary.test(f.text)).map((f) => f.path)).toEqual([]);
    expect(matches(code, /draggable=\{true\}/)).toEqual([]);
  });

  it('uses mouse-down only to keep focus off tapped buttons, once for the whole page', () => {
    expect(matches(code, /\bon(MouseDown|PointerDown)\b/)).toEqual([]);
    const mouseDowns = code.filter((f) => /addEventListener\(\s*'mousedown'/.test(f.text)).map((f) => f.path);
    expect(mouseDowns).toEqual(['ui/touch-only.ts']);
  });

  it('has one long press, the staff’s hidden way in, and listens for presses nowhere else', () => {
    const presses = code
      .filter((f) => /addEventListener\(\s*'pointerdown'/.test(f.text))
      .map((f) => f.path)
      .sort();
    // touch-only.ts sets the pressed state; staff and the idle clocks only note that a touch happened.
    expect(presses).toEqual([
      'idle/IdleGuard.tsx',
      'staff/StaffProvider.tsx',
      'staff/use-long-press.ts',
      'ui/touch-only.ts',
    ]);
    expect(matches(code, /\buseLongPress\(/).map((m) => m.split(':')[0])).toEqual([
      'screens/AttractScreen.tsx',
      'staff/use-long-press.ts',
    ]);
  });

  it('keeps nothing in browser storage', () => {
    expect(matches(code, /\b(localStorage|sessionStorage|indexedDB|document\.cookie|caches\.open)\b/)).toEqual([]);
  });
});
