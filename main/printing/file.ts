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
    write: async (bytes, marks) => {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      marks?.writing();
      await appendFile(path, bytes, { mode: 0o600 });
      marks?.written();
      return READY;
    },
    status: async () => READY,
    close: async () => undefined,
  };
}
