/**
 * Opens a USB scanner with node-hid. On Linux node-hid reads /dev/hidraw*, which the udev
 * rules in packaging/udev open to the kiosk user; node-hid's binary also needs libusb-1.0.
 */
import type { Device } from 'node-hid';
import type { HidReportFormat } from './report-decoder.ts';
import { hidName, type OpenHidDevice } from './hid-scanner.ts';

const POS_USAGE_PAGE = 0x8c;
const GENERIC_DESKTOP = 0x01;
const KEYBOARD_USAGE = 0x06;

/**
 * A scanner may offer several interfaces (HID POS, keyboard, a vendor's own); HID POS is
 * preferred because it carries the whole code in one report and types nothing anywhere.
 * A keyboard interface read here is still a keyboard to the system, which types the code
 * too; the renderer counts that copy as a repeat of the same scan.
 */
export function pickInterface(interfaces: Device[]): { path: string; format: HidReportFormat } | null {
  const pos = interfaces.find((d) => d.usagePage === POS_USAGE_PAGE && d.path);
  if (pos) return { path: pos.path!, format: 'pos' };
  const keyboard = interfaces.find((d) => d.usagePage === GENERIC_DESKTOP && d.usage === KEYBOARD_USAGE && d.path);
  if (keyboard) return { path: keyboard.path!, format: 'keyboard' };
  return null;
}

export const openNodeHidDevice: OpenHidDevice = async (address) => {
  // Imported on first use: the native binding loads only on kiosks that have a USB scanner.
  const { devicesAsync, HIDAsync } = await import('node-hid');
  const name = hidName(address);
  const interfaces = await devicesAsync(address.vendorId, address.productId);
  if (interfaces.length === 0) throw new Error(`USB scanner ${name} is not plugged in.`);
  const chosen = pickInterface(interfaces);
  if (!chosen) {
    throw new Error(`USB scanner ${name} offers neither HID POS nor keyboard reports; set it to HID POS mode.`);
  }
  try {
    return { device: await HIDAsync.open(chosen.path), format: chosen.format };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`USB scanner ${name} cannot be opened (${reason}); on Linux, install the udev rules.`);
  }
};
