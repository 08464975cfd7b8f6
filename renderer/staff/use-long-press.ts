import { useEffect, type RefObject } from 'react';

/**
 * The one long press in the kiosk: the staff's hidden way in, held on the agency's name.
 * Citizens are never asked to press long (touch-only rules), and a short tap there does
 * what a tap anywhere on the start screen does. Listened for directly on the element, so
 * the press does not start the citizen's session when it lifts.
 */
export function useLongPress(target: RefObject<HTMLElement | null>, holdMs: number, onLongPress: () => void): void {
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let fired = false;
    const cancel = () => clearTimeout(timer);
    const start = () => {
      fired = false;
      cancel();
      timer = setTimeout(() => {
        fired = true;
        onLongPress();
      }, holdMs);
    };
    // A press that opened the staff sign-in is not also a tap on the start screen.
    const swallow = (event: Event) => {
      if (fired) event.stopPropagation();
      fired = false;
    };
    element.addEventListener('pointerdown', start);
    element.addEventListener('pointerup', cancel);
    element.addEventListener('pointercancel', cancel);
    element.addEventListener('pointerleave', cancel);
    element.addEventListener('click', swallow);
    return () => {
      cancel();
      element.removeEventListener('pointerdown', start);
      element.removeEventListener('pointerup', cancel);
      element.removeEventListener('pointercancel', cancel);
      element.removeEventListener('pointerleave', cancel);
      element.removeEventListener('click', swallow);
    };
  }, [target, holdMs, onLongPress]);
}
