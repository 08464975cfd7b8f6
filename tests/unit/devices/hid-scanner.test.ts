import { afterEach, describe, expect, it, vi } from 'vitest';
import { openScanners, type Scan, type Scanners } from '../../../main/devices/scanners.ts';
import { FakeHidPort } from '../../fixtures/scanners/fake-hid.ts';
import { readHexFixture } from '../../fixtures/scanners/hex-fixture.ts';

const HID = { vendorId: 0x05e0, productId: 0x1200 };
const AT = new Date('2026-11-27T03:00:00Z');
const opened: Scanners[] = [];
afterEach(async () => {
  for (const scanners of opened.splice(0)) await scanners.close();
});

function hidScanner(port: FakeHidPort) {
  const scans: Scan[] = [];
  const scanners = openScanners({ hid: HID, serial: undefined }, (scan) => scans.push(scan), {
    openHid: port.open,
    retryMs: 5,
    now: () => AT,
  });
  opened.push(scanners);
  return { scanners, scans };
}

describe('a USB HID scanner', () => {
  it('decodes the reports of its interface and reports each code with its time', async () => {
    const port = new FakeHidPort('pos');
    const { scanners, scans } = hidScanner(port);
    await vi.waitFor(() => expect(scanners.status()[0]?.connected).toBe(true));
    expect(scanners.status()).toEqual([
      { kind: 'hid', name: '05e0:1200', connected: true, lastScanAt: null, problem: null },
    ]);
    for (const report of readHexFixture('hid-pos-tracking-code.hex')) port.current!.send(report);
    expect(scans).toEqual([{ code: 'K3A22A2DA', source: 'hid' }]);
    expect(scanners.status()[0]?.lastScanAt).toBe(AT.toISOString());
  });

  it('says what is wrong while unplugged, and works again once plugged back in', async () => {
    const port = new FakeHidPort('keyboard');
    const { scanners, scans } = hidScanner(port);
    await vi.waitFor(() => expect(scanners.status()[0]?.connected).toBe(true));

    port.unplug();
    expect(scanners.status()[0]).toMatchObject({
      connected: false,
      problem: 'USB scanner 05e0:1200 stopped answering: could not read from HID device',
    });
    expect(port.opened[0]!.closed).toBe(true);
    await vi.waitFor(() => expect(scanners.status()[0]?.problem).toBe('USB scanner is not plugged in.'));

    port.plugIn('keyboard');
    await vi.waitFor(() => expect(scanners.status()[0]).toMatchObject({ connected: true, problem: null }));
    for (const report of readHexFixture('hid-keyboard-tracking-code.hex')) port.current!.send(report);
    expect(scans).toEqual([{ code: 'K3A22A2DA', source: 'hid' }]);
  });

  it('starts without the scanner, and stops trying once closed', async () => {
    const port = new FakeHidPort(null);
    const { scanners } = hidScanner(port);
    await vi.waitFor(() => expect(scanners.status()[0]?.problem).toBe('USB scanner is not plugged in.'));
    await scanners.close();
    port.plugIn('pos');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(port.opened).toEqual([]);
    expect(scanners.status()[0]?.connected).toBe(false);
  });

  it('keeps reading when the listener for its codes throws', async () => {
    const port = new FakeHidPort('pos');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const scanners = openScanners(
      { hid: HID, serial: undefined },
      () => {
        throw new Error('listener broke');
      },
      { openHid: port.open },
    );
    opened.push(scanners);
    await vi.waitFor(() => expect(scanners.status()[0]?.connected).toBe(true));
    for (const report of readHexFixture('hid-pos-tracking-code.hex')) port.current!.send(report);
    expect(error).toHaveBeenCalledWith('[scanner] a hid scan could not be delivered', expect.any(Error));
    expect(scanners.status()[0]).toMatchObject({ connected: true, problem: null });
    error.mockRestore();
  });
});
