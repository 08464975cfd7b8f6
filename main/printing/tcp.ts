/**
 * Network printers on the raw port (9100). A fresh connection per job: printers drop idle
 * connections and serve one at a time, so holding one open only moves the failure.
 */
import { connect, type Socket } from 'node:net';
import { collectStatusReply, STATUS_QUERY, STATUS_TIMEOUT_MS, unknownStatus } from './printer-status.ts';
import { oneAtATime, type PrinterTransport } from './transport.ts';

export interface TcpOptions {
  host: string;
  port: number;
  connectTimeoutMs?: number;
  /** How long a write may make no progress, e.g. a printer that stopped reading. */
  writeTimeoutMs?: number;
  statusTimeoutMs?: number;
}

const CONNECT_TIMEOUT_MS = 3000;
const WRITE_TIMEOUT_MS = 10_000;

export function tcpTransport(options: TcpOptions): PrinterTransport {
  const where = `${options.host}:${options.port}`;
  const exclusive = oneAtATime();
  const sockets = new Set<Socket>();

  async function open(): Promise<Socket> {
    const timeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
    const socket = await connectWithin(options.host, options.port, timeoutMs).catch((error: Error) => {
      throw new Error(`Printer at ${where} cannot be reached: ${error.message}`);
    });
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    return socket;
  }

  return {
    kind: 'tcp',
    write: (bytes) =>
      exclusive(async () => {
        const socket = await open();
        await new Promise<void>((resolve, reject) => {
          socket.on('error', (error) =>
            reject(new Error(`Printer at ${where} failed while printing: ${error.message}`)),
          );
          socket.setTimeout(options.writeTimeoutMs ?? WRITE_TIMEOUT_MS, () =>
            socket.destroy(new Error('it stopped taking data')),
          );
          socket.write(bytes, (error) => {
            if (error) return; // the 'error' event reports it
            // The timeout stays armed: it also ends a connection the printer never closes.
            socket.end();
            resolve();
          });
        });
      }),
    status: () =>
      exclusive(async () => {
        const socket = await open().catch((error: Error) => error);
        if (socket instanceof Error) return unknownStatus(socket.message);
        // A reset after the query is answered (or not) changes nothing the status can say.
        socket.on('error', () => undefined);
        const reply = collectStatusReply((onData) => {
          socket.on('data', onData);
          return () => socket.off('data', onData);
        }, options.statusTimeoutMs ?? STATUS_TIMEOUT_MS);
        socket.write(STATUS_QUERY);
        const status = await reply;
        socket.destroy();
        return status;
      }),
    close: async () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

function connectWithin(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}
