/** Finding the operator's USB drive from /proc/mounts and udev, with both read from fixtures. */
import { describe, expect, it } from 'vitest';
import { usbDrives, usbFolder, UsbDriveError, type DriveSources } from '../../../main/sync/usb-drives.ts';

const MOUNTS = `sysfs /sys sysfs rw,nosuid 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/sdb1 /media/kiosk/FLASH\\040DISK vfat rw,nosuid,nodev 0 0
tmpfs /run tmpfs rw 0 0
/dev/sdc1 /media/kiosk/3A1F-0C22 exfat rw,nosuid,nodev 0 0
`;

const UDEV: Record<string, string> = {
  '/dev/nvme0n1p2': 'DEVNAME=/dev/nvme0n1p2\nID_BUS=nvme\nID_FS_TYPE=ext4\n',
  '/dev/sdb1': 'DEVNAME=/dev/sdb1\nID_BUS=usb\nID_FS_LABEL=FLASH_DISK\nID_VENDOR=SanDisk\nID_MODEL=Cruzer\n',
  '/dev/sdc1': 'DEVNAME=/dev/sdc1\nID_BUS=usb\nID_VENDOR=Kingston\nID_MODEL=DataTraveler\n',
};

const sources = (mounts: string): DriveSources => ({
  mounts: () => mounts,
  properties: (device) => {
    const text = UDEV[device];
    if (text === undefined) throw new Error(`udevadm: no device ${device}`);
    return text;
  },
});

describe('USB drives', () => {
  it('are the mounted filesystems udev puts on the USB bus, named as an operator knows them', () => {
    expect(usbDrives(sources(MOUNTS))).toEqual([
      { device: '/dev/sdb1', folder: '/media/kiosk/FLASH DISK', name: 'FLASH_DISK' },
      { device: '/dev/sdc1', folder: '/media/kiosk/3A1F-0C22', name: 'Kingston DataTraveler' },
    ]);
  });

  it('give the one drive mounted, or say in one sentence what to do when there is none or several', () => {
    const one = MOUNTS.split('\n')
      .filter((line) => !line.startsWith('/dev/sdc1'))
      .join('\n');
    expect(usbFolder(undefined, sources(one))).toBe('/media/kiosk/FLASH DISK');
    expect(() => usbFolder(undefined, sources('tmpfs /run tmpfs rw 0 0\n'))).toThrow(
      new UsbDriveError(
        'No USB drive is mounted; plug one in and wait until the system shows it, or name a folder: npm run kiosk -- usb-export /media/usb.',
      ),
    );
    expect(() => usbFolder(undefined, sources(MOUNTS))).toThrow(
      /^2 USB drives are mounted \(FLASH_DISK at \/media\/kiosk\/FLASH DISK, Kingston DataTraveler at .*\); name the one to use/,
    );
  });

  it('step aside for KIOSK_USB_DIR', () => {
    expect(usbFolder('/tmp/stand-in', sources(MOUNTS))).toBe('/tmp/stand-in');
  });
});
