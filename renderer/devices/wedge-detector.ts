/**
 * Keyboard-wedge scanners type each code as keystrokes, so the page sees them as a keyboard.
 * What gives a scanner away is timing: it types a whole code in a burst with every key within
 * a few milliseconds of the last, and ends it with its suffix (Enter unless set otherwise).
 * People type ten times slower and unevenly; even a fast typist's rolled-over keys come in
 * twos and threes, not a run of a whole code.
 *
 * The detector only watches: it never holds a key back, so a person's typing reaches the page
 * as it is typed. It asks for a key to be consumed only when the key certainly came from the
 * scanner: the suffix that completes a scan (so the scanner's Enter does not also press "Next"),
 * and, when a prefix is set, everything from the prefix on, which keeps a scan out of a form's
 * text entirely. Without a prefix the code's characters reach the page too, as any keyboard's do.
 */
import type { ScannerSettings } from '../../preload/contract';

export type WedgeKey = {
  /** KeyboardEvent.key */
  key: string;
  /** KeyboardEvent.timeStamp: when the key went down, not when the page got round to it. */
  time: number;
  /** A key held down long enough to auto-repeat: a person, never a scanner. */
  repeat?: boolean;
};

export type WedgeDecision = { consume: boolean; scan: string | null };

/** Scanners leave 5-20 ms between keys; 50 ms tolerates a busy USB bus. */
const MAX_GAP_MS = 50;
/** Shorter bursts are within reach of a fast typist's rolled-over keys. */
const MIN_LENGTH = 4;

// A scanner presses Shift before each capital; it belongs to the next key.
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);
const PASS: WedgeDecision = { consume: false, scan: null };
const CONSUME: WedgeDecision = { consume: true, scan: null };

const isCharacter = (key: string) => [...key].length === 1;
const endsWith = (keys: string[], tail: string[]) =>
  tail.length > 0 && keys.length >= tail.length && tail.every((key, i) => keys[keys.length - tail.length + i] === key);

export class WedgeDetector {
  private burst: string[] = [];
  private lastTime = -Infinity;
  /** Where the code begins in the burst: at once without a prefix, after it with one. */
  private codeStart: number | null = null;

  constructor(private readonly settings: Pick<ScannerSettings, 'wedgePrefix' | 'wedgeSuffix'>) {
    this.reset();
  }

  key({ key, time, repeat = false }: WedgeKey): WedgeDecision {
    if (MODIFIERS.has(key)) return PASS;
    if (repeat) {
      this.reset();
      return PASS;
    }
    if (time - this.lastTime > MAX_GAP_MS) this.reset();
    this.lastTime = time;
    this.burst.push(key);

    const { wedgePrefix, wedgeSuffix } = this.settings;
    if (this.codeStart === null) {
      if (!endsWith(this.burst, wedgePrefix)) return PASS;
      this.codeStart = this.burst.length;
      return CONSUME;
    }
    // After a prefix every key of the burst is the scanner's; without one, none is known to be before the suffix.
    const untilSuffix = wedgePrefix.length > 0 ? CONSUME : PASS;
    if (!endsWith(this.burst, wedgeSuffix)) return untilSuffix;
    const code = this.burst.slice(this.codeStart, -wedgeSuffix.length);
    this.reset();
    return code.length >= MIN_LENGTH && code.every(isCharacter) ? { consume: true, scan: code.join('') } : untilSuffix;
  }

  private reset(): void {
    this.burst = [];
    this.codeStart = this.settings.wedgePrefix.length > 0 ? null : 0;
  }
}
