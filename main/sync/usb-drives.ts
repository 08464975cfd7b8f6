/**
 * Finding the USB drive an operator plugged in, on Linux: the mounted filesystems from
 * /proc/mounts, kept when udev says their device sits on the USB bus. KIOSK_USB_DIR names
 * a folder instead (tests, or a drive the system mounts somewhere unusual).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface UsbDrive {
  device: string;
  /** Where it is mounted: where bundles are written and looked for. */
  folder: string;
  /** How an operator recognises it: its label, or its maker and model. */
  name: string;
}

/** No drive to use, or more than one to choose from; the message says what to do. */
export class UsbDriveError extends Error {
  override name = 'UsbDriveError';
}

export interface DriveSources {
  mounts: () => string;
  /** udev's properties of a block device, as `udevadm info --query=property` prints them. */
  properties: (device: string) => string;
}

const SYSTEM: DriveSources = {
  mounts: () => readFileSync('/proc/mounts', 'utf8'),
  properties: (device) =>
    execFileSync('udevadm', ['info', '--query=property', `--name=${device}`], { encoding: 'utf8', timeout: 5000 }),
};

/** /proc/mounts writes a space in a path as \040 (and tab, newline, backslash likewise). */
const unescape = (path: string) =>
  path.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

export function usbDrives(sources: DriveSources = SYSTEM): UsbDrive[] {
  const drives: UsbDrive[] = [];
  for (const line of sources.mounts().split('\n')) {
    const [device, folder] = line.split(' ');
    if (!device?.startsWith('/dev/') || !folder) continue;
    let text: string;
    try {
      text = sources.properties(device);
    } catch {
      continue;
    }
    const properties = new Map(
      text.split('\n').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const),
    );
    if (properties.get('ID_BUS') !== 'usb') continue;
    const name =
      properties.get('ID_FS_LABEL') ||
      [properties.get('ID_VENDOR'), properties.get('ID_MODEL')].filter(Boolean).join(' ') ||
      device;
    drives.push({ device, folder: unescape(folder), name });
  }
  return drives;
}

/** The folder to write to or read from: KIOSK_USB_DIR, or the one USB drive mounted. */
export function usbFolder(configured: string | undefined, sources?: DriveSources): string {
  if (configured) return configured;
  const drives = usbDrives(sources);
  if (drives.length === 1) return drives[0]!.folder;
  if (drives.length === 0) {
    throw new UsbDriveError(
      'No USB drive is mounted; plug one in and wait until the system shows it, or name a folder: npm run kiosk -- usb-export /media/usb.',
    );
  }
  throw new UsbDriveError(
    `${drives.length} USB drives are mounted (${drives.map((d) => `${d.name} at ${d.folder}`).join(', ')}); name the one to use, for example: npm run kiosk -- usb-export ${drives[0]!.folder}.`,
  );
}
