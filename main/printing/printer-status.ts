/**
 * Real-time status (DLE EOT n, Epson ESC/POS). The printer answers each query with one
 * byte, even while offline or with a full buffer, which is why it is the status source.
 */
import type { PrinterStatus } from './transport.ts';

/** n = 1 printer, 2 offline cause, 3 error cause, 4 paper roll sensor; one reply byte each, in order. */
export const STATUS_QUERY = Uint8Array.of(0x10, 0x04, 1, 0x10, 0x04, 2, 0x10, 0x04, 3, 0x10, 0x04, 4);
const STATUS_REPLY_LENGTH = 4;
export const STATUS_TIMEOUT_MS = 1500;

// Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is not a reply.
const FIXED_MASK = 0x93;
const FIXED_BITS = 0x12;

const OFFLINE = 0x08; // n=1 bit 3
const COVER_OPEN = 0x04; // n=2 bit 2
const PAPER_END_STOP = 0x20; // n=2 bit 5
const ERROR_OCCURRED = 0x40; // n=2 bit 6
const NEAR_END = 0x0c; // n=4 bits 2-3
const PAPER_END = 0x60; // n=4 bits 5-6

// n=3: which error stopped the printer.
const ERROR_CAUSES: ReadonlyArray<[number, string]> = [
  [0x08, 'autocutter error'],
  [0x20, 'unrecoverable error'],
  [0x40, 'auto-recoverable error (for example the head overheated)'],
];

export function unknownStatus(reason: string): PrinterStatus {
  return { known: false, online: false, reason };
}

/** Decodes the four reply bytes to STATUS_QUERY. */
export function decodeStatus(reply: Uint8Array): PrinterStatus {
  if (reply.length < STATUS_REPLY_LENGTH || reply.some((b) => (b & FIXED_MASK) !== FIXED_BITS)) {
    return unknownStatus(
      `the printer gave an unexpected status reply (${Buffer.from(reply).toString('hex') || 'nothing'})`,
    );
  }
  const [printer = 0, offline = 0, error = 0, paper = 0] = reply;
  const causes = ERROR_CAUSES.filter(([bit]) => error & bit).map(([, text]) => text);
  if (causes.length === 0 && offline & ERROR_OCCURRED) causes.push('error');
  return {
    known: true,
    online: !(printer & OFFLINE),
    coverOpen: Boolean(offline & COVER_OPEN),
    paperEnd: Boolean(offline & PAPER_END_STOP || paper & PAPER_END),
    paperNearEnd: Boolean(paper & NEAR_END),
    error: causes.length > 0 ? causes.join(', ') : null,
  };
}

/**
 * Collects reply bytes from `listen` until all four arrived or `timeoutMs` passed: a
 * printer that never answers must not hold the queue. `listen` returns its unsubscribe and
 * calls `ended` when no more bytes can come (the connection closed), so nobody waits longer.
 */
export function collectStatusReply(
  listen: (onData: (chunk: Uint8Array) => void, ended: () => void) => () => void,
  timeoutMs: number,
): Promise<PrinterStatus> {
  return new Promise((resolve) => {
    const bytes: number[] = [];
    let stop = (): void => undefined;
    let finished = false;
    /** `silence` says why, should no byte have come. */
    const finish = (silence?: string): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      stop();
      resolve(
        bytes.length === 0
          ? unknownStatus(`the printer ${silence}`)
          : decodeStatus(Uint8Array.from(bytes.slice(0, STATUS_REPLY_LENGTH))),
      );
    };
    const timer = setTimeout(() => finish(`did not answer the status query within ${timeoutMs} ms`), timeoutMs);
    stop = listen(
      (chunk) => {
        bytes.push(...chunk);
        if (bytes.length >= STATUS_REPLY_LENGTH) finish();
      },
      () => finish('closed the connection without answering the status query'),
    );
  });
}
