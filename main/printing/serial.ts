/**
 * Printers on a serial line (RS-232 or a USB-serial adapter). Like usblp, the port is
 * opened per job and per status query, so an adapter that was unplugged and plugged back
 * in works again without a restart.
 */
import type { SerialPort } from 'serialport';
import { collectStatusReply, STATUS_QUERY, STATUS_TIMEOUT_MS, unknownStatus } from './printer-status.ts';
import { oneAtATime, type PrinterStatus, type PrinterTransport } from './transport.ts';

export interface SerialOptions {
  path: string;
  baudRate: number;
  statusTimeoutMs?: number;
}

type Port = Pick<SerialPort, 'open' | 'write' | 'drain' | 'close' | 'on' | 'off'>;
/** Tests pass serialport's SerialPortMock here. */
export type CreatePort = (options: { path: string; baudRate: number; autoOpen: false }) => Port | Promise<Port>;

// Imported on first use: the native binding loads only on kiosks that have a serial printer.
const createSerialPort: CreatePort = async (options) => new (await import('serialport')).SerialPort(options);

export function serialTransport(options: SerialOptions, createPort: CreatePort = createSerialPort): PrinterTransport {
  const { path, baudRate } = options;
  const exclusive = oneAtATime();

  async function withPort<T>(use: (port: Port) => Promise<T>): Promise<T> {
    const port = await createPort({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve()))).catch(
      (error: Error) => {
        throw new Error(`Printer at ${path} cannot be opened: ${error.message}`);
      },
    );
    // Write and drain callbacks carry the errors; the stream's duplicate 'error' event must not crash the kiosk.
    port.on('error', () => undefined);
    try {
      return await use(port);
    } finally {
      await new Promise<void>((resolve) => port.close(() => resolve()));
    }
  }

  function readStatus(port: Port): Promise<PrinterStatus> {
    const reply = collectStatusReply((onData) => {
      port.on('data', onData);
      return () => port.off('data', onData);
    }, options.statusTimeoutMs ?? STATUS_TIMEOUT_MS);
    port.write(Buffer.from(STATUS_QUERY));
    return reply;
  }

  return {
    kind: 'serial',
    write: (bytes, marks) =>
      exclusive(() =>
        withPort(async (port) => {
          marks?.writing();
          // drain waits until the OS has sent everything, so closing cannot cut the job short.
          await new Promise<void>((resolve, reject) => {
            port.write(Buffer.from(bytes), (error) => error && reject(error));
            port.drain((error) => (error ? reject(error) : resolve()));
          }).catch((error: Error) => {
            throw new Error(`Printer at ${path} failed while printing: ${error.message}`);
          });
          marks?.written();
          // Without a reply the bytes may have gone down a cable to a printer that is off.
          const status = await readStatus(port);
          if (!status.known) throw new Error(`Printer at ${path} did not confirm the whole job: ${status.reason}`);
          return status;
        }),
      ),
    status: () => exclusive(() => withPort(readStatus).catch((error: Error) => unknownStatus(error.message))),
    close: async () => undefined,
  };
}
