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
  let pressed: HTMLButtonElement | null = null;
  let lifted: ReturnType<typeof setTimeout> | undefined;
  /** The button a finger lifted inside of, to be clicked by the touchend that follows. */
  let tapped: HTMLButtonElement | null = null;
  const release = () => {
    clearTimeout(lifted);
    pressed?.removeAttribute('data-pressed');
    pressed = null;
  };
  doc.addEventListener(
    'pointerdown',
    (event) => {
      release();
      tapped = null;
      pressed = event.target instanceof Element ? event.target.closest('button:enabled') : null;
      pressed?.setAttribute('data-pressed', '');
    },
    true,
  );
  doc.addEventListener(
    'pointerup',
    (event) => {
      if (event.pointerType === 'touch' && event.isPrimary && pressed !== null && liftedInside(pressed, event)) {
        tapped = pressed;
      }
      lifted = setTimeout(release, LIFT_WITHOUT_CLICK_MS);
    },
    true,
  );
  // A button touched acts when the finger lifts inside it, as a mouse button does, without
  // waiting for the click Chromium would make of the tap after a round trip through the
  // browser and the compatibility mouse events. Cancelling the touchend is what stops that
  // click, so one tap is one click. A touch the browser has taken for a scroll is not
  // cancellable (and was cancelled as a pointer): it scrolls and presses nothing.
  doc.addEventListener(
    'touchend',
    (event) => {
      const button = tapped;
      tapped = null;
      if (button === null || !event.cancelable || !button.isConnected) return;
      event.preventDefault();
      button.click();
    },
    { capture: true, passive: false },
  );
  // A button clicked with a mouse does not take the focus either (a touch's click above never
  // focuses). An on-screen key keeps a physical Enter meaning "Next" rather than "press the
  // last key again"; a button that opens another screen would take the focus only to lose it
  // when the new screen puts it on its heading. Keyboards still focus buttons (Tab).
  doc.addEventListener(
    'mousedown',
    (event) => event.target instanceof Element && event.target.closest('button') && event.preventDefault(),
    true,
  );
  doc.addEventListener('click', release, true);
  doc.addEventListener(
    'pointercancel',
    () => {
      tapped = null;
      release();
    },
    true,
  );

  // Boundary and capture events of a pointer: nothing in the kiosk listens for them (there is
  // no hover on a touch screen; tests/unit/renderer/touch-only.test.ts keeps it so), yet each
  // touch makes four, and stopped here they travel no further down the page. Still measured
  // faster on Preact, which adds no listener of its own (mean 71.2 against 74.7 ms a tap).
  for (const type of ['pointerover', 'pointerout', 'gotpointercapture', 'lostpointercapture']) {
    doc.addEventListener(type, (event) => event.stopPropagation(), true);
  }

  // No long-press menu, no dragging pictograms around, no zoom from a trackpad pinch or
  // Ctrl with the wheel or +/- on an attached keyboard.
  doc.addEventListener('contextmenu', (event) => event.preventDefault());
  doc.addEventListener('dragstart', (event) => event.preventDefault());
  doc.addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
  doc.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && ['+', '-', '=', '0'].includes(event.key)) event.preventDefault();
  });
}

/** Whether the finger left the glass within the button's box (touches capture to their target). */
function liftedInside(button: Element, event: PointerEvent): boolean {
  const box = button.getBoundingClientRect();
  return (
    event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
  );
}
