import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../main/config.ts';

const scannersOf = (env: Record<string, string>) => readConfig(env, '/x').scanners;

describe('scanner settings from the environment', () => {
  it('default to no scanners, wedge scans ended by Enter and no staff badges', () => {
    expect(scannersOf({})).toEqual({
      hid: undefined,
      serial: undefined,
      wedgePrefix: [],
      wedgeSuffix: ['Enter'],
      badgePrefix: null,
    });
  });

  it('read every scanner setting', () => {
    expect(
      scannersOf({
        KIOSK_SCANNER_HID: '05E0:1200',
        KIOSK_SCANNER_SERIAL: '/dev/ttyACM0?baud=115200',
        KIOSK_WEDGE_PREFIX: 'F9',
        KIOSK_WEDGE_SUFFIX: '##',
        KIOSK_BADGE_PREFIX: 'STAFF-',
      }),
    ).toEqual({
      hid: { vendorId: 0x05e0, productId: 0x1200 },
      serial: { path: '/dev/ttyACM0', baudRate: 115200 },
      wedgePrefix: ['F9'],
      wedgeSuffix: ['#', '#'],
      badgePrefix: 'STAFF-',
    });
    expect(scannersOf({ KIOSK_SCANNER_SERIAL: 'COM3', KIOSK_WEDGE_SUFFIX: 'Tab' })).toMatchObject({
      serial: { path: 'COM3', baudRate: 9600 },
      wedgeSuffix: ['Tab'],
    });
  });

  it('stop on a bad setting with one sentence naming it and the fix', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { KIOSK_SCANNER_HID: '5e0:1200' },
        /^KIOSK_SCANNER_HID "5e0:1200" is not a USB vendor:product id; use .* 05e0:1200\.$/,
      ],
      [
        { KIOSK_SCANNER_SERIAL: 'ttyACM0' },
        /^KIOSK_SCANNER_SERIAL "ttyACM0" names no serial device; use .*\/dev\/ttyACM0\?baud=9600\.$/,
      ],
      [
        { KIOSK_SCANNER_SERIAL: '/dev/ttyACM0?speed=9600' },
        /^KIOSK_SCANNER_SERIAL ".*" has an option "speed=9600" that is not a baud rate; /,
      ],
      [{ KIOSK_SCANNER_SERIAL: '/dev/ttyACM0?baud=9600?x' }, /has more than one "\?"/],
      [
        { KIOSK_WEDGE_SUFFIX: 'Return' },
        /^KIOSK_WEDGE_SUFFIX "Return" is not something a scanner types; use the key the scanner sends after each code \(Enter, Tab or F1 to F12\)/,
      ],
      [{ KIOSK_WEDGE_PREFIX: 'a b' }, /^KIOSK_WEDGE_PREFIX "a b" .* sends before each code/],
      [
        { KIOSK_BADGE_PREFIX: 'STAFF 1' },
        /^KIOSK_BADGE_PREFIX "STAFF 1" cannot start a badge code; use .* without spaces, for example STAFF-\.$/,
      ],
      [
        { KIOSK_BADGE_PREFIX: 'k3a-' },
        /^KIOSK_BADGE_PREFIX "k3a-" could be the start of a tracking code; include a character that is not one of 23456789ACDEFHJKMNPRTWX/,
      ],
    ];
    for (const [env, message] of cases) {
      expect(() => readConfig(env, '/x')).toThrow(ConfigError);
      expect(() => readConfig(env, '/x')).toThrow(message);
    }
  });
});
