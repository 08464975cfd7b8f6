/**
 * The configured scanners, each kept connected, their codes handed on as they come.
 * Whether a code is a tracking code or a staff badge is decided in the renderer, which
 * also recognises keyboard-wedge scans.
 */
import type { EventPayload } from '../../preload/contract.ts';
import type { ScannerConfig } from '../config.ts';
import { hidConnect, hidName, type OpenHidDevice } from './hid-scanner.ts';
import { openNodeHidDevice } from './node-hid-device.ts';
import { ScannerLink, type Connect, type ScannerStatus } from './scanner-link.ts';
import { serialConnect, type CreateScannerPort } from './serial-scanner.ts';

export type Scan = EventPayload<'scanner.scan'>;

export interface Scanners {
  status(): ScannerStatus[];
  close(): Promise<void>;
}

/** Tests replace node-hid and serialport here, and shorten the wait between reconnection attempts. */
export interface ScannerDevices {
  openHid?: OpenHidDevice;
  createSerialPort?: CreateScannerPort;
  retryMs?: number;
  now?: () => Date;
}

export function openScanners(
  config: Pick<ScannerConfig, 'hid' | 'serial'>,
  onScan: (scan: Scan) => void,
  devices: ScannerDevices = {},
): Scanners {
  const { retryMs, now } = devices;
  // A listener that fails must not take the device's read loop down with it.
  const deliver = (scan: Scan) => {
    try {
      onScan(scan);
    } catch (error) {
      console.error(`[scanner] a ${scan.source} scan could not be delivered`, error);
    }
  };
  const link = (kind: Scan['source'], name: string, connect: Connect) =>
    new ScannerLink({ kind, name, connect, onScan: (code) => deliver({ code, source: kind }), retryMs, now });
  const links: ScannerLink[] = [];
  if (config.hid) {
    links.push(link('hid', hidName(config.hid), hidConnect(config.hid, devices.openHid ?? openNodeHidDevice)));
  }
  if (config.serial) {
    links.push(link('serial', config.serial.path, serialConnect(config.serial, devices.createSerialPort)));
  }
  for (const link of links) link.start();
  return {
    status: () => links.map((link) => link.status()),
    close: async () => {
      await Promise.all(links.map((link) => link.close()));
    },
  };
}
