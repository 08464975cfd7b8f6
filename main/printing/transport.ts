/**
 * One interface for every way bytes reach a printer, so the print queue never knows
 * whether it talks to a network printer, a serial cable, a USB device or a preview file.
 */
export type TransportKind = 'tcp' | 'serial' | 'usblp' | 'file';

/**
 * What the printer said about itself (DLE EOT). `known: false` means it did not answer:
 * the device is off, unplugged, or cannot talk back (some print servers and one-way
 * cables), so "offline" there means "not confirmed online", not a reading.
 */
export type PrinterStatus =
  | {
      known: true;
      online: boolean;
      coverOpen: boolean;
      paperEnd: boolean;
      paperNearEnd: boolean;
      /** What went wrong inside the printer, for the operator's log; null when nothing did. */
      error: string | null;
    }
  | { known: false; online: false; reason: string };

/** A printer that answered and has nothing wrong. */
export const READY: PrinterStatus = Object.freeze({
  known: true,
  online: true,
  coverOpen: false,
  paperEnd: false,
  paperNearEnd: false,
  error: null,
});

/**
 * Hooks around the moment a job's bytes leave the kiosk. Between the two, a crash leaves it
 * unknown whether the printer got the job; the print queue records both moments so that
 * this window is as short as it can be and a job caught in it prints again as a copy.
 */
export interface DeliveryMarks {
  /** Runs just before the first byte is handed to the operating system, once the device is open. */
  writing(): void;
  /** Runs the moment every byte has left this process: the operating system delivers them even if the kiosk dies. */
  written(): void;
}

export interface PrinterTransport {
  readonly kind: TransportKind;
  /**
   * Sends one job, then asks the printer's status (DLE EOT): a printer reads a stream in
   * order, so its answer means it has read every byte of the job. Resolves with that answer;
   * rejects if the printer broke off or did not answer, in which case it holds at most a part
   * of the job. A mark that throws stops the job before (or right after) its bytes go out.
   */
  write(bytes: Uint8Array, marks?: DeliveryMarks): Promise<PrinterStatus>;
  /** Never rejects: a printer that cannot be reached is a status, not an exception. */
  status(): Promise<PrinterStatus>;
  close(): Promise<void>;
}

/**
 * Runs tasks one after another. A printer serves one conversation at a time: a status
 * query sent in the middle of a job's bytes would be read as part of a command.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
