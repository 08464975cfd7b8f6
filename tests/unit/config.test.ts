import { describe, expect, it } from 'vitest';
import { readConfig, ConfigError } from '../../main/config.ts';
import { describeStartupError } from '../../main/startup-error.ts';
import { CatalogError } from '../../main/catalog/load-catalog.ts';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = readConfig({}, '/var/lib/serambi');
    expect(config).toMatchObject({
      dataDir: '/var/lib/serambi',
      port: 5170,
      timeZone: 'Asia/Jakarta',
      printer: undefined,
    });
  });

  it('reads every KIOSK_ setting', () => {
    const config = readConfig(
      {
        KIOSK_DATA_DIR: '/data',
        KIOSK_PORT: '8080',
        KIOSK_ID: 'm7x',
        KIOSK_NAME: 'Kios Lobi',
        KIOSK_TIMEZONE: 'Asia/Makassar',
        KIOSK_PRINTER: 'tcp://10.0.0.5:9100',
      },
      '/x',
    );
    expect(config).toMatchObject({
      dataDir: '/data',
      port: 8080,
      kioskId: 'M7X',
      kioskName: 'Kios Lobi',
      timeZone: 'Asia/Makassar',
      printer: 'tcp://10.0.0.5:9100',
    });
  });

  it('stops on a bad setting with one sentence naming it and the fix', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ KIOSK_PORT: 'abc' }, /^KIOSK_PORT "abc" is not a port number; use a whole number from 1 to 65535/],
      [{ KIOSK_PORT: '70000' }, /^KIOSK_PORT "70000"/],
      [
        { KIOSK_ID: 'KIO' },
        /^KIOSK_ID "KIO" cannot prefix tracking codes; use 3 characters from 23456789ACDEFHJKMNPRTWX/,
      ],
      [{ KIOSK_TIMEZONE: 'Mars/Base' }, /^KIOSK_TIMEZONE "Mars\/Base" is not a time zone; use Asia\/Jakarta/],
    ];
    for (const [env, message] of cases) {
      let error: unknown;
      try {
        readConfig(env, '/x');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect(describeStartupError(error)).toMatch(message);
      expect(describeStartupError(error)).not.toMatch(/\n|at .*\.ts/);
    }
  });

  it('explains a port already in use and passes catalog sentences through unchanged', () => {
    expect(describeStartupError(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), 5170)).toBe(
      'KIOSK_PORT 5170 is already in use; stop the program using it or set KIOSK_PORT to a free port.',
    );
    const catalogError = new CatalogError(['Catalog /x.json: service "a", field "b": broken.']);
    expect(describeStartupError(catalogError)).toBe('Catalog /x.json: service "a", field "b": broken.');
  });
});
