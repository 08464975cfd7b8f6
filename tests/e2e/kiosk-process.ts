import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../fixtures/free-port.ts';
import { stopWithThisProcess } from '../fixtures/child-processes.ts';
import { tempDir } from '../fixtures/temp-dir.ts';

export interface KioskProcess {
  url: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
  /** Ends the process at once, as a power cut or a crash would. */
  kill(): Promise<void>;
}

const keyFiles = new Map<string, string>();

/** One key file per data folder, kept in a temp folder of its own, so a restarted kiosk finds its key again. */
export function keyFileFor(dataDir: string): string {
  let file = keyFiles.get(dataDir);
  if (!file) keyFiles.set(dataDir, (file = join(tempDir('key'), 'data.key')));
  return file;
}

/**
 * Starts the built browser-mode kiosk (`dist/main/web.mjs`, what `npm run web` runs) as its
 * own process with a fresh data folder, and resolves once it prints its address.
 */
export async function startKioskProcess(env: Record<string, string> = {}): Promise<KioskProcess> {
  const dataDir = env.KIOSK_DATA_DIR ?? tempDir('e2e');
  const port = await freePort();
  const child: ChildProcess = stopWithThisProcess(
    spawn(process.execPath, ['dist/main/web.mjs'], {
      env: {
        ...process.env,
        KIOSK_DATA_DIR: dataDir,
        KIOSK_KEY_FILE: keyFileFor(dataDir),
        KIOSK_PORT: String(port),
        KIOSK_ID: 'K3A',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kiosk did not start:\n${log}`)), 20_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /open (http:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kiosk exited with ${code}:\n${log}`));
    });
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, dataDir, output: () => log, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
