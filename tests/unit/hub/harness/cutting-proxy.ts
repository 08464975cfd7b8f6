/**
 * A TCP proxy in front of a hub that cuts connections where a bad link would: part-way
 * through a request, just as the answer starts (the hub has committed, the kiosk never
 * reads the acknowledgement), or part-way through the answer.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export type Cut =
  { where: 'none' } | { where: 'request'; afterBytes: number } | { where: 'answer'; afterBytes: number };

export interface CuttingProxy {
  url: string;
  /** Where the next connections go; a restarted hub keeps its port, a test may switch hubs. */
  target: number;
  cuts: Record<Cut['where'], number>;
  /** Ends every open connection, as a balancer does with connections left idle. */
  endConnections(): void;
  close(): Promise<void>;
}

export async function startCuttingProxy(target: number, plan: () => Cut): Promise<CuttingProxy> {
  const open = new Set<Socket>();
  const proxy: CuttingProxy = {
    url: '',
    target,
    cuts: { none: 0, request: 0, answer: 0 },
    endConnections: () => {
      for (const socket of open) socket.destroy();
    },
    close: async () => {},
  };
  const server: Server = createServer((client) => {
    const cut = plan();
    proxy.cuts[cut.where]++;
    const hub = createConnection({ host: '127.0.0.1', port: proxy.target });
    open.add(client).add(hub);
    const end = () => {
      client.destroy();
      hub.destroy();
      open.delete(client);
      open.delete(hub);
    };
    // Passes bytes on until the cut, if the cut is on this side, then ends both connections.
    const pass = (from: Socket, to: Socket, side: 'request' | 'answer') => {
      const limit = cut.where === 'none' || cut.where !== side ? Infinity : cut.afterBytes;
      let sent = 0;
      from.on('data', (chunk: Buffer) => {
        if (sent + chunk.length > limit) {
          to.write(chunk.subarray(0, Math.max(0, limit - sent)), end);
          return;
        }
        sent += chunk.length;
        to.write(chunk);
      });
    };
    pass(client, hub, 'request');
    pass(hub, client, 'answer');
    client.on('error', end).on('close', end);
    hub.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      proxy.endConnections();
      server.close(() => resolve());
    });
  return proxy;
}
