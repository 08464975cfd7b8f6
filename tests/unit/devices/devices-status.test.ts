import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../../preload/contract.ts';
import { dispatch } from '../../../main/api/dispatch.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { openKiosk, type Kiosk, type KioskOptions } from '../../../main/open-kiosk.ts';
import { FakeHidPort } from '../../fixtures/scanners/fake-hid.ts';
import { readHexFixture } from '../../fixtures/scanners/hex-fixture.ts';

const opened: Kiosk[] = [];
afterEach(async () => {
  for (const k of opened.splice(0)) await k.close();
});

async function kiosk(env: Record<string, string>, options: KioskOptions = {}): Promise<Kiosk> {
  const k = await openKiosk(testConfig(env), options);
  opened.push(k);
  return k;
}

describe('scanners in the kiosk', () => {
  it('emit each code on the kiosk events and show in devices.status', async () => {
    const port = new FakeHidPort('pos');
    const k = await kiosk({ KIOSK_SCANNER_HID: '05e0:1200' }, { scannerDevices: { openHid: port.open } });
    const scans: EventPayload<'scanner.scan'>[] = [];
    k.events.subscribe(
      (event, payload) => event === 'scanner.scan' && scans.push(payload as EventPayload<'scanner.scan'>),
    );
    await vi.waitFor(() => expect(port.current).toBeDefined());

    for (const report of readHexFixture('hid-pos-tracking-code.hex')) port.current!.send(report);
    expect(scans).toEqual([{ code: 'K3A22A2DA', source: 'hid' }]);
    const status = await dispatch(k.api, 'devices.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { scanners: [{ kind: 'hid', name: '05e0:1200', connected: true, problem: null }] },
    });
    expect((status as { value: { scanners: [{ lastScanAt: string }] } }).value.scanners[0].lastScanAt).toMatch(
      /^\d{4}-\d\d-\d\dT/,
    );
  });

  it('report scanners that are not there through the real node-hid and serialport', async () => {
    const k = await kiosk({ KIOSK_SCANNER_HID: 'fffe:fffd', KIOSK_SCANNER_SERIAL: '/dev/ttySERAMBI-MISSING' });
    await vi.waitFor(async () =>
      expect(await dispatch(k.api, 'devices.status', {})).toMatchObject({
        ok: true,
        value: {
          scanners: [
            { kind: 'hid', connected: false, problem: 'USB scanner fffe:fffd is not plugged in.' },
            {
              kind: 'serial',
              name: '/dev/ttySERAMBI-MISSING',
              connected: false,
              problem: expect.stringMatching(/^Serial scanner \/dev\/ttySERAMBI-MISSING cannot be opened: /),
            },
          ],
        },
      }),
    );
  });

  it('give the renderer the keyboard-wedge and badge settings through kiosk.info', async () => {
    const k = await kiosk({ KIOSK_WEDGE_PREFIX: '~', KIOSK_BADGE_PREFIX: 'STAFF-' });
    expect(await dispatch(k.api, 'kiosk.info', {})).toMatchObject({
      ok: true,
      value: { scanner: { wedgePrefix: ['~'], wedgeSuffix: ['Enter'], badgePrefix: 'STAFF-' } },
    });
  });
});
