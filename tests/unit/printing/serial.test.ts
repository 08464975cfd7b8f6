import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialTransport } from '../../../main/printing/serial.ts';
import { STATUS_QUERY } from '../../../main/printing/printer-status.ts';
import { recordedMarks } from '../../fixtures/delivery-marks.ts';

const PATH = '/dev/ttyTEST0';
let port: SerialPortMock | undefined;
const createPort = (options: { path: string; baudRate: number; autoOpen: false }) => {
  port = new SerialPortMock(options);
  return port;
};

beforeEach(() => SerialPortMock.binding.createPort(PATH, { record: true }));
afterEach(() => SerialPortMock.binding.reset());

describe('the serial transport', () => {
  it('opens the port at the configured baud rate, writes the job and returns the status the printer gives after it', async () => {
    const job = Uint8Array.of(0x1b, 0x40, 0x41);
    const { marks, seen } = recordedMarks();
    const written = serialTransport({ path: PATH, baudRate: 9600 }, createPort).write(job, marks);
    await expect.poll(() => port?.port?.recording.length).toBe(job.length + STATUS_QUERY.length);
    await expect.poll(() => seen).toEqual(['writing', 'written']);
    port!.port!.emitData(Buffer.from([0x12, 0x12, 0x12, 0x12 | 0x0c]));
    expect(await written).toMatchObject({ known: true, online: true, paperNearEnd: true });
    expect(port!.baudRate).toBe(9600);
    expect([...port!.port!.recording]).toEqual([...job, ...STATUS_QUERY]);
  });

  it('leaves a job unconfirmed when the printer does not answer after it', async () => {
    await expect(
      serialTransport({ path: PATH, baudRate: 9600, statusTimeoutMs: 100 }, createPort).write(Uint8Array.of(0x41)),
    ).rejects.toThrow(
      `Printer at ${PATH} did not confirm the whole job: the printer did not answer the status query within 100 ms`,
    );
  });

  it('reads the printer status from its DLE EOT replies', async () => {
    const transport = serialTransport({ path: PATH, baudRate: 38400 }, createPort);
    const status = transport.status();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([...port!.port!.recording]).toEqual([0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 3, 0x10, 0x04, 4]);
    port!.port!.emitData(Buffer.from([0x12, 0x12 | 0x20, 0x12, 0x12 | 0x60 | 0x0c]));
    expect(await status).toMatchObject({ known: true, online: true, paperEnd: true, paperNearEnd: true });
  });

  it('reports a port that cannot be opened as unknown, naming it', async () => {
    const status = await serialTransport({ path: '/dev/ttyMISSING', baudRate: 38400 }, createPort).status();
    expect(status).toMatchObject({ known: false, online: false });
    expect(status.known === false && status.reason).toContain('Printer at /dev/ttyMISSING cannot be opened');
  });
});
