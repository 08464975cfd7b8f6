/**
 * Kiosk input rules that CSS alone cannot enforce. `touch-action` and `user-select` in
 * styles.css stop pinch zoom and text selection; this adds the rest for the whole page.
 */
export function installTouchOnly(doc: Document): void {
  // A pressed state the moment a finger lands, whatever Chromium's tap heuristics decide
  // about :active inside a scrolling area.
  let pressed: Element | null = null;
  const release = () => {
    pressed?.removeAttribute('data-pressed');
    pressed = null;
  };
  doc.addEventListener(
    'pointerdown',
    (event) => {
      release();
      pressed = event.target instanceof Element ? event.target.closest('button:enabled') : null;
      pressed?.setAttribute('data-pressed', '');
    },
    true,
  );
  doc.addEventListener('pointerup', release, true);
  doc.addEventListener('pointercancel', release, true);

  // No long-press menu, no dragging pictograms around, no zoom from a trackpad pinch or
  // Ctrl with the wheel or +/- on an attached keyboard.
  doc.addEventListener('contextmenu', (event) => event.preventDefault());
  doc.addEventListener('dragstart', (event) => event.preventDefault());
  doc.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
  doc.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && ['+', '-', '=', '0'].includes(event.key)) event.preventDefault();
  });
}
