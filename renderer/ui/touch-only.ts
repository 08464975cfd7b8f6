/**
 * Kiosk input rules that CSS alone cannot enforce. `touch-action` and `user-select` in
 * styles.css stop pinch zoom and text selection; this adds the rest for the whole page.
 */
export function installTouchOnly(doc: Document): void {
  // A pressed state the moment a finger lands, whatever Chromium's tap heuristics decide
  // about :active inside a scrolling area. It is let go with the click the tap becomes, so
  // the released button and what the click changes are drawn in one frame; a finger that
  // lifts without a click (it slid away) lets go a moment later.
  const LIFT_WITHOUT_CLICK_MS = 150;
  let pressed: Element | null = null;
  let lifted: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    clearTimeout(lifted);
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
  doc.addEventListener('pointerup', () => (lifted = setTimeout(release, LIFT_WITHOUT_CLICK_MS)), true);
  // A tapped button does not take the focus. An on-screen key keeps a physical Enter meaning
  // "Next" rather than "press the last key again"; a button that opens another screen would
  // take the focus only to lose it when the new screen puts it on its heading, two more
  // rounds of focus events within the tap. Keyboards still focus buttons (Tab).
  doc.addEventListener(
    'mousedown',
    (event) => event.target instanceof Element && event.target.closest('button') && event.preventDefault(),
    true,
  );
  doc.addEventListener('click', release, true);
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
