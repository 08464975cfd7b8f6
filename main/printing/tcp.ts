/**
 * Network printers on the raw port (9100). A fresh connection per job: printers drop idle
 * connections and serve one at a time, so holding one open only moves the failure.
 */
import { connect, type Socket } from 'node:net';
import { collectStatusReply, STATUS_QUERY, STATUS_TIMEOUT_MS, unknownStatus } from './printer-status.ts';
import { oneAtATime, type PrinterStatus, type PrinterTransport } from './transport.ts';

export interface TcpOptions {
  host: string;
  port: number;
  connectTimeoutMs?: number;
  /** How long the printer may take to read a whole job and answer the status query behind it. */
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

  /** The printer's answer to STATUS_QUERY written on this socket, or unknown after timeoutMs. */
  function replyOn(socket: Socket, timeoutMs: number): Promise<PrinterStatus> {
    return collectStatusReply((onData, ended) => {
      socket.on('data', onData);
      socket.once('close', ended);
      return () => {
        socket.off('data', onData);
        socket.off('close', ended);
      };
    }, timeoutMs);
  }

  return {
    kind: 'tcp',
    write: (bytes, marks) =>
      exclusive(async () => {
        const socket = await open();
        const timeoutMs = options.writeTimeoutMs ?? WRITE_TIMEOUT_MS;
        try {
          return await new Promise<PrinterStatus>((resolve, reject) => {
            const fail = (problem: string) => reject(new Error(`Printer at ${where} ${problem}`));
            socket.on('error', (error) => fail(`failed while printing: ${error.message}`));
            socket.on('close', () => fail('closed the connection before it had read the whole job'));
            replyOn(socket, timeoutMs).then((status) =>
              status.known ? resolve(status) : fail(`did not confirm the whole job: ${status.reason}`),
            );
            let written = false;
            const markWritten = () => {
              if (written) return;
              written = true;
              try {
                marks?.written();
              } catch (problem) {
                socket.destroy(problem as Error);
              }
            };
            try {
              marks?.writing();
            } catch (problem) {
              socket.destroy(problem as Error);
              return;
            }
            // One write, so the query cannot reach the printer ahead of any byte of the job.
            socket.write(Buffer.concat([bytes, STATUS_QUERY]), (error) => {
              if (!error) markWritten(); // a failure is reported by the 'error' event
            });
            // A receipt is a few hundred bytes: the kernel usually takes them all within
            // write() itself, and marking it now rather than a tick later keeps the window
            // in which a crash leaves delivery unknown to the marks alone.
            if (socket.writableLength === 0) markWritten();
          });
        } finally {
          socket.destroy();
        }
      }),
    status: () =>
      exclusive(async () => {
        const socket = await open().catch((error: Error) => error);
        if (socket instanceof Error) return unknownStatus(socket.message);
        // A reset after the query is answered (or not) changes nothing the status can say.
        socket.on('error', () => undefined);
        const reply = replyOn(socket, options.statusTimeoutMs ?? STATUS_TIMEOUT_MS);
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
