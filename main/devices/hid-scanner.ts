/**
 * A USB scanner read as a HID device (KIOSK_SCANNER_HID=vid:pid): its input reports are
 * decoded here, in main, whichever of the two layouts the scanner uses.
 */
import { KeyboardReportDecoder } from './hid-keyboard-report.ts';
import { PosReportDecoder } from './hid-pos-report.ts';
import type { HidReportFormat, ReportDecoder } from './report-decoder.ts';
import type { Connect } from './scanner-link.ts';

/** What the scanner needs of an open device; node-hid's HIDAsync is one, tests use a fake. */
export interface HidDevice {
  on(event: 'data', listener: (report: Buffer) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  close(): void | Promise<void>;
}

export interface HidAddress {
  vendorId: number;
  productId: number;
}

/** Finds and opens the scanner's interface; rejects with the operator's sentence when it cannot. */
export type OpenHidDevice = (address: HidAddress) => Promise<{ device: HidDevice; format: HidReportFormat }>;

/** As lsusb and KIOSK_SCANNER_HID write it: 05e0:1200. */
export const hidName = ({ vendorId, productId }: HidAddress): string =>
  [vendorId, productId].map((id) => id.toString(16).padStart(4, '0')).join(':');

export function decoderFor(format: HidReportFormat): ReportDecoder {
  return format === 'pos' ? new PosReportDecoder() : new KeyboardReportDecoder();
}

export function hidConnect(address: HidAddress, open: OpenHidDevice): Connect {
  return async ({ scan, lost }) => {
    const { device, format } = await open(address);
    const decoder = decoderFor(format);
    device.on('data', (report) => {
      const code = decoder.push(report);
      if (code !== null) scan(code);
    });
    // node-hid reports an unplugged device as a read error.
    device.on('error', (error) => lost(`USB scanner ${hidName(address)} stopped answering: ${error.message}`));
    return device;
  };
}
