import type { Device } from 'node-hid';
import { describe, expect, it } from 'vitest';
import { pickInterface } from '../../../main/devices/node-hid-device.ts';

const iface = (path: string, usagePage: number, usage: number): Device => ({
  vendorId: 0x05e0,
  productId: 0x1200,
  path,
  release: 0,
  interface: 0,
  usagePage,
  usage,
});

describe('choosing the interface of a USB scanner', () => {
  const keyboard = iface('/dev/hidraw1', 0x01, 0x06);
  const pos = iface('/dev/hidraw2', 0x8c, 0x02);
  const vendor = iface('/dev/hidraw3', 0xff00, 0x01);

  it('prefers HID POS, then the keyboard, and reads each in its own layout', () => {
    expect(pickInterface([keyboard, vendor, pos])).toEqual({ path: '/dev/hidraw2', format: 'pos' });
    expect(pickInterface([vendor, keyboard])).toEqual({ path: '/dev/hidraw1', format: 'keyboard' });
  });

  it('finds nothing to read on an interface that is neither', () => {
    expect(pickInterface([vendor])).toBeNull();
  });
});
