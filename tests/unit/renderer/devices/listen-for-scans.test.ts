import { describe, expect, it } from 'vitest';
import type { EventPayload, ScannerSettings } from '../../../../preload/contract.ts';
import type { Scan } from '../../../../renderer/devices/classify-scan.ts';
import { listenForScans, REPEAT_MS } from '../../../../renderer/devices/listen-for-scans.ts';
import { readWedgeFixture } from '../../../fixtures/scanners/wedge-fixture.ts';

/** A stand-in for window: keydown events with the KeyboardEvent fields the listener reads. */
class Keys extends EventTarget {
  /** Dispatches one key-down; true when the page's own handlers would still see it. */
  press(key: string, time: number): boolean {
    const event = new Event('keydown', { cancelable: true });
    Object.defineProperties(event, { key: { value: key }, timeStamp: { value: time }, repeat: { value: false } });
    let reachedPage = false;
    const page = () => (reachedPage = true);
    this.addEventListener('keydown', page);
    this.dispatchEvent(event);
    this.removeEventListener('keydown', page);
    return reachedPage && !event.defaultPrevented;
  }
}

function setUp(settings?: ScannerSettings) {
  const keys = new Keys();
  let fromMain: ((payload: EventPayload<'scanner.scan'>) => void) | undefined;
  const kiosk = {
    on: ((_event: 'scanner.scan', listener: (payload: EventPayload<'scanner.scan'>) => void) => {
      fromMain = listener;
      return () => (fromMain = undefined);
    }) as never,
  };
  const scans: Scan[] = [];
  let clock = 0;
  const stop = listenForScans({ keys, kiosk, settings, onScan: (scan) => scans.push(scan), now: () => clock });
  return {
    keys,
    scans,
    stop,
    main: (payload: EventPayload<'scanner.scan'>) => fromMain?.(payload),
    listening: () => fromMain !== undefined,
    advance: (ms: number) => (clock += ms),
  };
}

describe('listening for scans', () => {
  it('turns a wedge burst into a classified scan and keeps its Enter from the page', () => {
    const { keys, scans } = setUp();
    const reached = readWedgeFixture('wedge-scan.json').keys.map(({ key, time }) => [key, keys.press(key, time)]);
    expect(scans).toEqual([{ code: 'K3A22A2DA', kind: 'trackingCode', source: 'wedge' }]);
    expect(reached.filter(([, page]) => !page)).toEqual([['Enter', false]]);
  });

  it("lets a person's typing reach the page untouched", () => {
    const { keys, scans } = setUp();
    for (const name of ['wedge-fast-typist.json', 'wedge-slow-typist.json']) {
      for (const { key, time } of readWedgeFixture(name).keys) expect(keys.press(key, time)).toBe(true);
    }
    expect(scans).toEqual([]);
  });

  it("classifies main's HID and serial scans with the badge prefix from kiosk.info", () => {
    const { scans, main } = setUp({ wedgePrefix: [], wedgeSuffix: ['Enter'], badgePrefix: 'STAFF-' });
    main({ code: 'STAFF-0042', source: 'hid' });
    main({ code: 'K3A-22A2D-A', source: 'serial' });
    main({ code: '8992761111113', source: 'serial' });
    expect(scans).toEqual([
      { code: 'STAFF-0042', kind: 'staffBadge', source: 'hid' },
      { code: 'K3A-22A2D-A', kind: 'trackingCode', source: 'serial' },
      { code: '8992761111113', kind: 'unknown', source: 'serial' },
    ]);
  });

  it('counts the same code twice within a second once, whichever way it came', () => {
    const { keys, scans, main, advance } = setUp();
    main({ code: 'K3A22A2DA', source: 'hid' });
    for (const { key, time } of readWedgeFixture('wedge-scan.json').keys) keys.press(key, time);
    advance(REPEAT_MS);
    main({ code: 'K3A22A2DA', source: 'hid' });
    expect(scans.map((scan) => scan.source)).toEqual(['hid', 'hid']);
  });

  it('stops listening to keys and to main when stopped', () => {
    const { keys, scans, stop, listening } = setUp();
    stop();
    for (const { key, time } of readWedgeFixture('wedge-scan.json').keys) expect(keys.press(key, time)).toBe(true);
    expect(scans).toEqual([]);
    expect(listening()).toBe(false);
  });
});
