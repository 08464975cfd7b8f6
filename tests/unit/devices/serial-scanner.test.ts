import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LineSplitter } from '../../../main/devices/line-splitter.ts';
import { openScanners, type Scan, type Scanners } from '../../../main/devices/scanners.ts';
import type { SerialAddress } from '../../../main/devices/serial-scanner.ts';
import { readHexFixture } from '../../fixtures/scanners/hex-fixture.ts';

const PATH = '/dev/ttyACM0';
const CODES = ['K3A22A2DA', 'STAFF-0042', 'K3A222235', 'KELURAHAN-CIBEUNYING-Ö'];

let ports: SerialPortMock[] = [];
let scanners: Scanners | undefined;
beforeEach(() => SerialPortMock.binding.createPort(PATH));
afterEach(async () => {
  await scanners?.close();
  SerialPortMock.binding.reset();
  ports = [];
});

function serialScanner(retryMs = 5) {
  const scans: Scan[] = [];
  const createSerialPort = (options: SerialAddress & { autoOpen: false }) => {
    const port = new SerialPortMock(options);
    ports.push(port);
    return port;
  };
  scanners = openScanners({ hid: undefined, serial: { path: PATH, baudRate: 9600 } }, (scan) => scans.push(scan), {
    createSerialPort,
    retryMs,
  });
  return { scanners, scans };
}

/** What the Linux binding does when the device goes away: the pending read fails, and the port closes. */
function unplug(port: SerialPortMock): void {
  SerialPortMock.binding.reset();
  const binding = port.port as unknown as { pendingRead: ((error: Error) => void) | null };
  binding.pendingRead?.(new Error('device reports readiness to read but returned no data'));
}

describe('a serial scanner', () => {
  it('splits lines at CR, LF and CR LF wherever the chunks break, and keeps an unfinished line back', () => {
    const lines = new LineSplitter();
    expect(readHexFixture('serial-chunks.hex').flatMap((chunk) => lines.push(chunk))).toEqual(CODES);
  });

  it('reports each line from the port as a code', async () => {
    const { scanners, scans } = serialScanner();
    await vi.waitFor(() => expect(scanners.status()[0]?.connected).toBe(true));
    expect(ports[0]!.baudRate).toBe(9600);
    for (const chunk of readHexFixture('serial-chunks.hex')) ports[0]!.port!.emitData(Buffer.from(chunk));
    await vi.waitFor(() => expect(scans).toHaveLength(CODES.length));
    expect(scans).toEqual(CODES.map((code) => ({ code, source: 'serial' })));
    expect(scanners.status()[0]).toMatchObject({ kind: 'serial', name: PATH, problem: null });
    expect(scanners.status()[0]?.lastScanAt).not.toBeNull();
  });

  it('says it was disconnected, then opens the port again once the device is back', async () => {
    // Slow retries, so the state between unplugging and the next attempt can be seen.
    const { scanners, scans } = serialScanner(150);
    await vi.waitFor(() => expect(scanners.status()[0]?.connected).toBe(true));
    unplug(ports[0]!);
    await vi.waitFor(
      () =>
        expect(scanners.status()[0]).toMatchObject({
          connected: false,
          problem: `Serial scanner ${PATH} was disconnected.`,
        }),
      { interval: 5 },
    );
    await vi.waitFor(() =>
      expect(scanners.status()[0]?.problem).toMatch(new RegExp(`^Serial scanner ${PATH} cannot be opened: `)),
    );

    SerialPortMock.binding.createPort(PATH);
    await vi.waitFor(() => expect(scanners.status()[0]).toMatchObject({ connected: true, problem: null }));
    ports.at(-1)!.port!.emitData('K3A222235\r\n');
    await vi.waitFor(() => expect(scans).toEqual([{ code: 'K3A222235', source: 'serial' }]));
  });
});
