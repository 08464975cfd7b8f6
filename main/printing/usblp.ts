/**
 * Linux USB printer class devices (/dev/usb/lp*). The kernel driver allows one open at a
 * time, so the device is opened per job and per status query, never held: a printer that
 * is unplugged and plugged back in just works again.
 */
import { constants, open, type FileHandle } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { collectStatusReply, STATUS_QUERY, STATUS_TIMEOUT_MS, unknownStatus } from './printer-status.ts';
import { oneAtATime, type PrinterStatus, type PrinterTransport } from './transport.ts';

export interface UsblpOptions {
  path: string;
  statusTimeoutMs?: number;
}

const POLL_MS = 50;

export function usblpTransport(options: UsblpOptions): PrinterTransport {
  const { path } = options;
  const exclusive = oneAtATime();

  // No O_CREAT: with the printer unplugged, opening must fail rather than create a plain file at the device path.
  async function openDevice(flags: number): Promise<FileHandle> {
    return open(path, flags).catch((error: Error) => {
      throw new Error(`Printer at ${path} cannot be opened: ${error.message}`);
    });
  }

  async function readStatus(): Promise<PrinterStatus> {
    // Non-blocking, so a printer that never answers cannot hang a read in the thread pool.
    // O_APPEND means nothing to a device; in the plain file tests use in its place, it keeps
    // the query after the job instead of over it.
    const flags = constants.O_RDWR | constants.O_NONBLOCK | constants.O_APPEND;
    const device = await openDevice(flags).catch((error: Error) => error);
    if (device instanceof Error) return unknownStatus(device.message);
    try {
      await device.write(STATUS_QUERY);
      return await collectStatusReply((onData) => poll(device, onData), options.statusTimeoutMs ?? STATUS_TIMEOUT_MS);
    } catch (error) {
      return unknownStatus(`printer at ${path} did not take the status query: ${(error as Error).message}`);
    } finally {
      await device.close();
    }
  }

  return {
    kind: 'usblp',
    write: (bytes, marks) =>
      exclusive(async () => {
        // Blocking writes: the driver returns once the printer has taken the bytes.
        const device = await openDevice(constants.O_WRONLY);
        try {
          marks?.writing();
          await device.writeFile(bytes);
        } finally {
          await device.close();
        }
        marks?.written();
        const status = await readStatus();
        if (!status.known) throw new Error(`Printer at ${path} did not confirm the whole job: ${status.reason}`);
        return status;
      }),
    status: () => exclusive(readStatus),
    close: async () => undefined,
  };
}

/** Node has no readable event for a device file, so the non-blocking device is polled; returns the stop function. */
function poll(device: FileHandle, onData: (chunk: Uint8Array) => void): () => void {
  let polling = true;
  void (async () => {
    while (polling) {
      const buffer = Buffer.alloc(4);
      const { bytesRead } = await device.read(buffer, 0, buffer.length, null).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EAGAIN') polling = false;
        return { bytesRead: 0 };
      });
      if (bytesRead > 0) onData(buffer.subarray(0, bytesRead));
      else await delay(POLL_MS);
    }
  })();
  return () => {
    polling = false;
  };
}
