/** A scanner on a serial line (KIOSK_SCANNER_SERIAL): RS-232, a USB-serial adapter or USB CDC ACM. */
import type { SerialPort } from 'serialport';
import { LineSplitter } from './line-splitter.ts';
import type { Connect } from './scanner-link.ts';

export interface SerialAddress {
  path: string;
  baudRate: number;
}

type Port = Pick<SerialPort, 'open' | 'close' | 'on' | 'isOpen'>;
/** Tests pass serialport's SerialPortMock here. */
export type CreateScannerPort = (options: SerialAddress & { autoOpen: false }) => Port | Promise<Port>;

// Imported on first use: the native binding loads only on kiosks that have a serial scanner.
const createSerialPort: CreateScannerPort = async (options) => new (await import('serialport')).SerialPort(options);

export function serialConnect(address: SerialAddress, createPort: CreateScannerPort = createSerialPort): Connect {
  const { path } = address;
  return async ({ scan, lost }) => {
    const port = await createPort({ ...address, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve()))).catch(
      (error: Error) => {
        throw new Error(`Serial scanner ${path} cannot be opened: ${error.message}`);
      },
    );
    const lines = new LineSplitter();
    port.on('data', (chunk: Buffer) => lines.push(chunk).forEach(scan));
    // Unplugging closes the port; after any other error a fresh open is the surest way back too.
    port.on('close', () => lost(`Serial scanner ${path} was disconnected.`));
    port.on('error', (error: Error) => lost(`Serial scanner ${path} failed: ${error.message}`));
    return {
      close: () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
    };
  };
}
