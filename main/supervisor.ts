import { spawn, type ChildProcess } from 'node:child_process';

export interface SupervisorOptions {
  command: string;
  args: string[];
  /** First wait before starting again after a crash; doubles while crashes follow quickly. */
  restartDelayMs?: number;
  maxDelayMs?: number;
  /** A run longer than this was healthy: the next crash waits the first delay again. */
  healthyAfterMs?: number;
  log?: Pick<Console, 'warn' | 'info'>;
}

export interface Supervisor {
  /** Resolves when supervision ends: the kiosk exited on its own with status 0 (an operator's exit), or stop() was called. */
  done: Promise<void>;
  /** Ends supervision: the kiosk is asked to close (SIGTERM) and not started again. */
  stop(): void;
  /** How many times the kiosk has been started. */
  starts(): number;
}

/**
 * Keeps the kiosk running where no service manager does (the Windows autostart entry runs
 * `Serambi.exe --supervise`; on Linux systemd does this job): a crash, a kill or any exit
 * but status 0 starts it again, after a pause that grows while crashes follow each other.
 */
export function supervise(options: SupervisorOptions): Supervisor {
  const first = options.restartDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  const healthy = options.healthyAfterMs ?? 60_000;
  const log = options.log ?? console;
  let child: ChildProcess | undefined;
  let stopped = false;
  let delay = first;
  let started = 0;
  let timer: NodeJS.Timeout | undefined;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));

  const start = () => {
    if (stopped) return finish();
    started++;
    const startedAt = Date.now();
    child = spawn(options.command, options.args, { stdio: 'inherit' });
    child.once('error', (error) => log.warn(`[supervisor] the kiosk could not start: ${error.message}`));
    child.once('exit', (code, signal) => {
      child = undefined;
      if (stopped || code === 0) return finish();
      delay = Date.now() - startedAt > healthy ? first : Math.min(delay * 2, max);
      log.warn(
        `[supervisor] the kiosk stopped (${signal ?? `status ${code}`}); starting it again in ${delay / 1000} s`,
      );
      timer = setTimeout(start, delay);
    });
  };
  delay = first / 2; // so the first crash waits `first`
  start();

  return {
    done,
    starts: () => started,
    stop() {
      stopped = true;
      clearTimeout(timer);
      if (child) child.kill('SIGTERM');
      else finish();
    },
  };
}
