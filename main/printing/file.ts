/**
 * The preview printer: receipts are appended to a file. It is the default when no printer
 * is configured, so a kiosk without hardware still runs, and the bytes can be inspected
 * or sent to a real printer later (cat receipts.bin > /dev/usb/lp0).
 */
import { appendFile, mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { READY, type PrinterTransport } from './transport.ts';

/**
 * A trial kiosk runs on the preview printer for months: past this size the file moves
 * aside to `<file>.1` (replacing the one before) and a new one starts, so the two hold the
 * latest 8 to 16 MiB of receipts (some ten thousand) and the disk never fills with them.
 */
export const PREVIEW_ROTATE_BYTES = 8 * 1024 * 1024;

export function fileTransport(path: string, rotateBytes = PREVIEW_ROTATE_BYTES): PrinterTransport {
  return {
    kind: 'file',
    write: async (bytes, marks) => {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // Only a regular file moves aside: the path may name a pipe or a device.
      const current = await stat(path).catch(() => null);
      if (current?.isFile() && current.size > 0 && current.size + bytes.length > rotateBytes) {
        await rename(path, `${path}.1`);
      }
      marks?.writing();
      await appendFile(path, bytes, { mode: 0o600 });
      marks?.written();
      return READY;
    },
    status: async () => READY,
    close: async () => undefined,
  };
}
