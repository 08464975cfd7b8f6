/**
 * The preview printer: receipts are appended to a file. It is the default when no printer
 * is configured, so a kiosk without hardware still runs, and the bytes can be inspected
 * or sent to a real printer later (cat receipts.bin > /dev/usb/lp0).
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { READY, type PrinterTransport } from './transport.ts';

export function fileTransport(path: string): PrinterTransport {
  return {
    kind: 'file',
    write: async (bytes, handedOver) => {
      await mkdir(dirname(path), { recursive: true });
      await appendFile(path, bytes);
      handedOver?.();
      return READY;
    },
    status: async () => READY,
    close: async () => undefined,
  };
}
