/**
 * A slow and unreliable line between a kiosk and its hub: a TCP proxy that carries at most
 * `bytesPerSecond` each way (shared by every connection, as one line is) and now and then
 * cuts a connection after a random number of bytes. It can also be held, as when a line
 * stalls: nothing passes, connections stay open, and it goes on at its rate once let go.
 */
import { createConnection, createServer, type Socket } from 'node:net';

export interface SlowLink {
  url: string;
  /** Connections cut so far, and bytes carried each way. */
  cuts: number;
  carried: { up: number; down: number };
  /** Holds the line (true) or lets it go on (false). */
  hold(held: boolean): void;
  close(): Promise<void>;
}

const TICK_MS = 50;

/**
 * Shares a rate between the connections that queue on it. Each tick passes on what the
 * time since the last one allows, so a busy process whose timers run late still keeps the rate.
 */
class Line {
  private queue: Array<{ bytes: Buffer; to: Socket; done: () => void }> = [];
  private readonly timer: NodeJS.Timeout;
  carried = 0;
  held = false;

  constructor(bytesPerSecond: number) {
    let last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      // A held line saves up no rate: let go, it carries what its rate allows from then on.
      if (this.held) {
        last = now;
        return;
      }
      let budget = Math.floor((bytesPerSecond * Math.min(1000, now - last)) / 1000);
      last = now;
      while (budget > 0 && this.queue.length > 0) {
        const head = this.queue[0]!;
        const part = head.bytes.subarray(0, budget);
        if (!head.to.destroyed) head.to.write(part);
        this.carried += part.length;
        budget -= part.length;
        head.bytes = head.bytes.subarray(part.length);
        if (head.bytes.length === 0) {
          this.queue.shift();
          head.done();
        }
      }
    }, TICK_MS);
  }

  send(bytes: Buffer, to: Socket): Promise<void> {
    return new Promise((done) => this.queue.push({ bytes, to, done }));
  }

  drop(to: Socket): void {
    this.queue = this.queue.filter((item) => (item.to === to ? (item.done(), false) : true));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export async function startSlowLink(
  targetPort: number,
  { bytesPerSecond, cutAfterBytes }: { bytesPerSecond: number; cutAfterBytes: () => number },
): Promise<SlowLink> {
  const up = new Line(bytesPerSecond);
  const down = new Line(bytesPerSecond);
  const open = new Set<Socket>();
  const link: SlowLink = {
    url: '',
    cuts: 0,
    carried: { up: 0, down: 0 },
    hold: (held) => {
      up.held = held;
      down.held = held;
    },
    close: async () => {},
  };
  const server = createServer((kiosk) => {
    const hub = createConnection({ host: '127.0.0.1', port: targetPort });
    open.add(kiosk).add(hub);
    let left = cutAfterBytes();
    const end = () => {
      for (const socket of [kiosk, hub]) {
        up.drop(socket);
        down.drop(socket);
        socket.destroy();
        open.delete(socket);
      }
    };
    const pass = (from: Socket, to: Socket, line: Line) => {
      from.on('data', (chunk: Buffer) => {
        left -= chunk.length;
        if (left < 0) {
          link.cuts++;
          return end();
        }
        from.pause();
        void line.send(chunk, to).then(() => from.resume());
      });
    };
    pass(kiosk, hub, up);
    pass(hub, kiosk, down);
    for (const socket of [kiosk, hub]) socket.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  link.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  Object.defineProperty(link, 'carried', { get: () => ({ up: up.carried, down: down.carried }) });
  link.close = () =>
    new Promise((resolve) => {
      up.stop();
      down.stop();
      for (const socket of open) socket.destroy();
      server.close(() => resolve());
    });
  return link;
}
