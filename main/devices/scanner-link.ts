/**
 * One scanner's connection, kept up: it is opened at start, and whenever it cannot be
 * opened or is lost (unplugged, cable pulled) it is tried again every few seconds, so a
 * scanner plugged back in works without restarting the kiosk. The state it keeps is what
 * devices.status shows the operator.
 */
import type { DevicesStatus } from '../../preload/contract.ts';

export type ScannerStatus = DevicesStatus['scanners'][number];

export interface Connection {
  close(): void | Promise<void>;
}

export interface ConnectionEvents {
  scan(code: string): void;
  /** The connection broke; `problem` is the sentence the operator sees until it is back. */
  lost(problem: string): void;
}

/** Opens the device and wires its events; rejects with the operator's sentence when it cannot. */
export type Connect = (events: ConnectionEvents) => Promise<Connection>;

export interface ScannerLinkOptions {
  kind: ScannerStatus['kind'];
  name: string;
  connect: Connect;
  onScan: (code: string) => void;
  retryMs?: number;
  now?: () => Date;
}

const RETRY_MS = 2000;

export class ScannerLink {
  private connection: Connection | undefined;
  private connected = false;
  private problem: string | null = null;
  private lastScanAt: string | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: ScannerLinkOptions) {}

  start(): void {
    void this.attempt();
  }

  status(): ScannerStatus {
    const { kind, name } = this.options;
    return { kind, name, connected: this.connected, lastScanAt: this.lastScanAt, problem: this.problem };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.connected = false;
    await closeQuietly(this.connection);
    this.connection = undefined;
  }

  private async attempt(): Promise<void> {
    // Each attempt has its own `gone`, so late events from a connection already given up are ignored.
    let gone = false;
    let opened: Connection | undefined;
    const events: ConnectionEvents = {
      scan: (code) => {
        if (gone || this.closed) return;
        this.lastScanAt = (this.options.now?.() ?? new Date()).toISOString();
        this.options.onScan(code);
      },
      lost: (problem) => {
        if (gone || this.closed) return;
        gone = true;
        this.connected = false;
        this.problem = problem;
        void closeQuietly(opened);
        this.connection = undefined;
        this.retry();
      },
    };
    try {
      opened = await this.options.connect(events);
    } catch (error) {
      if (this.closed) return;
      this.problem = error instanceof Error ? error.message : String(error);
      this.retry();
      return;
    }
    if (this.closed || gone) {
      await closeQuietly(opened);
      return;
    }
    this.connection = opened;
    this.connected = true;
    this.problem = null;
  }

  private retry(): void {
    this.retryTimer = setTimeout(() => void this.attempt(), this.options.retryMs ?? RETRY_MS);
  }
}

// Closing a device that was pulled out can fail; it is gone either way.
async function closeQuietly(connection: Connection | undefined): Promise<void> {
  try {
    await connection?.close();
  } catch {
    /* already gone */
  }
}
