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
  close(): Promise<void>;
}

export async function startCuttingProxy(target: number, plan: () => Cut): Promise<CuttingProxy> {
  const open = new Set<Socket>();
  const proxy: CuttingProxy = { url: '', target, cuts: { none: 0, request: 0, answer: 0 }, close: async () => {} };
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
    let up = 0;
    let down = 0;
    client.on('data', (chunk: Buffer) => {
      if (cut.where === 'request' && up + chunk.length > cut.afterBytes) {
        hub.write(chunk.subarray(0, Math.max(0, cut.afterBytes - up)), end);
        return;
      }
      up += chunk.length;
      hub.write(chunk);
    });
    hub.on('data', (chunk: Buffer) => {
      if (cut.where === 'answer' && down + chunk.length > cut.afterBytes) {
        client.write(chunk.subarray(0, Math.max(0, cut.afterBytes - down)), end);
        return;
      }
      down += chunk.length;
      client.write(chunk);
    });
    client.on('error', end).on('close', end);
    hub.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.close = () =>
    new Promise((resolve) => {
      for (const socket of open) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
