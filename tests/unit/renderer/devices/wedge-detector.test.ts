import { describe, expect, it } from 'vitest';
import type { ScannerSettings } from '../../../../preload/contract.ts';
import { WedgeDetector, type WedgeKey } from '../../../../renderer/devices/wedge-detector.ts';
import { readWedgeFixture } from '../../../fixtures/scanners/wedge-fixture.ts';

type WedgeSettings = Pick<ScannerSettings, 'wedgePrefix' | 'wedgeSuffix'>;
const ENTER_ONLY: WedgeSettings = { wedgePrefix: [], wedgeSuffix: ['Enter'] };
const F9_PREFIX: WedgeSettings = { wedgePrefix: ['F9'], wedgeSuffix: ['Enter'] };

function feed(keys: WedgeKey[], settings = ENTER_ONLY) {
  const detector = new WedgeDetector(settings);
  const decisions = keys.map((key) => ({ key: key.key, ...detector.key(key) }));
  return {
    scans: decisions.flatMap((d) => (d.scan === null ? [] : [d.scan])),
    consumed: decisions.filter((d) => d.consume).map((d) => d.key),
    passed: decisions.filter((d) => !d.consume).map((d) => d.key),
  };
}

const typed = (keys: WedgeKey[]) => keys.map((k) => k.key).filter((key) => key !== 'Shift');

describe('the keyboard-wedge detector', () => {
  it.each(['wedge-scan.json', 'wedge-fast-typist.json', 'wedge-slow-typist.json', 'wedge-scan-while-typing.json'])(
    'finds exactly the scans recorded in %s',
    (name) => {
      const fixture = readWedgeFixture(name);
      expect(feed(fixture.keys).scans).toEqual(fixture.scans);
    },
  );

  it("consumes only a scan's Enter, so the scanner does not also press the page's button", () => {
    const { keys } = readWedgeFixture('wedge-scan.json');
    expect(feed(keys).consumed).toEqual(['Enter']);
  });

  it("passes every key of a person's typing through, Enter included, fast or slow", () => {
    for (const name of ['wedge-fast-typist.json', 'wedge-slow-typist.json']) {
      const { keys } = readWedgeFixture(name);
      expect(feed(keys).consumed).toEqual([]);
      expect(feed(keys, F9_PREFIX).consumed).toEqual([]);
    }
  });

  it("leaves the person's keys around a scan alone and does not mix them into the code", () => {
    const { keys } = readWedgeFixture('wedge-scan-while-typing.json');
    const { passed, consumed } = feed(keys);
    expect(consumed).toEqual(['Enter']);
    expect(passed.join('')).toContain('jalan ');
    expect(passed.slice(-7).join('')).toBe('merdeka');
  });

  it('with a prefix, keeps the whole scan from the page and the typing around it untouched', () => {
    const { keys } = readWedgeFixture('wedge-scan-while-typing.json');
    const first = keys.findIndex((k) => k.key === 'Shift');
    const prefixed = [...keys.slice(0, first), { key: 'F9', time: keys[first]!.time - 9 }, ...keys.slice(first)];
    const { scans, consumed, passed } = feed(prefixed, F9_PREFIX);
    expect(scans).toEqual(['K3A222235']);
    expect(consumed).toEqual(['F9', ...typed(keys.slice(first)).slice(0, 10)]);
    expect(passed.filter((key) => key !== 'Shift').join('')).toBe('jalan merdeka');
  });

  it('ignores a burst without its prefix when one is set', () => {
    expect(feed(readWedgeFixture('wedge-scan.json').keys, F9_PREFIX)).toMatchObject({ scans: [], consumed: [] });
  });

  it('takes a multi-key suffix, and refuses bursts that are too short or hold other keys', () => {
    const burst = (keys: string[], from = 0) => keys.map((key, i) => ({ key, time: from + i * 10 }));
    expect(feed(burst([...'STAFF-0042', '#', '#']), { wedgePrefix: [], wedgeSuffix: ['#', '#'] }).scans).toEqual([
      'STAFF-0042',
    ]);
    expect(feed(burst(['a', 'b', 'c', 'Enter'])).scans).toEqual([]);
    expect(feed(burst(['a', 'b', 'Backspace', 'c', 'd', 'Enter'])).scans).toEqual([]);
  });

  it('breaks a burst at a gap and at auto-repeat, which only a person makes', () => {
    const keys: WedgeKey[] = [...'K3A2'].map((key, i) => ({ key, time: i * 10 }));
    const gap = [...keys, ...[...'2A2DA', 'Enter'].map((key, i) => ({ key, time: 200 + i * 10 }))];
    expect(feed(gap).scans).toEqual(['2A2DA']);
    const held = [
      ...keys,
      { key: '2', time: 40, repeat: true },
      ...[...'A2DA', 'Enter'].map((key, i) => ({ key, time: 50 + i * 10 })),
    ];
    expect(feed(held).scans).toEqual(['A2DA']);
  });
});
