/**
 * The hub as its own process, started the way `npm run hub` starts it (from source through
 * tsx), for tests that kill and restart hubs or run several on one database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../../fixtures/free-port.ts';
import { tempDir } from '../../../fixtures/temp-dir.ts';
import { emptyDatabase, type StoreKind, type TestDatabase } from './test-database.ts';

/**
 * The settings that give hub processes a fresh, empty store of the kind: a database on the
 * run's PostgreSQL (which `close` drops), or a new embedded-store folder.
 */
export async function freshStoreSettings(
  kind: StoreKind,
  label: string,
): Promise<{ env: Record<string, string>; db: TestDatabase | null }> {
  if (kind === 'pglite') return { env: { HUB_DATA_DIR: join(tempDir(`hub-${label}`), 'data') }, db: null };
  const db = await emptyDatabase('postgres', label);
  return { env: { DATABASE_URL: db.url! }, db };
}

export interface HubProcess {
  url: string;
  port: number;
  output(): string;
  /** Ends the process at once, as a power cut or a crash would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Starts it again on the same port after kill() or stop(). */
  restart(): Promise<void>;
}

/** Runs a hub command to its end; resolves with its exit code and everything it printed. */
export function runHubCommand(
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<{ code: number; output: string }> {
  const child = spawnHub(args, env);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d));
  child.stderr!.on('data', (d: Buffer) => (output += d));
  child.stdin!.end(input ?? '');
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? -1, output })));
}

function spawnHub(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'hub/cli.ts', ...args], {
    // tsx keeps a cache in the temp folder: give each process one the test removes.
    env: { ...process.env, HUB_LOG_LEVEL: 'warn', TMPDIR: tempDir('hub-process'), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export async function startHubProcess(env: Record<string, string>): Promise<HubProcess> {
  const port = await freePort();
  let child: ChildProcess;
  let log = '';
  const start = () =>
    new Promise<void>((resolve, reject) => {
      child = spawnHub(['serve'], { ...env, HUB_PORT: String(port) });
      child.stdin!.end();
      const timer = setTimeout(() => reject(new Error(`hub did not start:\n${log}`)), 30_000);
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes(`listening on http://127.0.0.1:${port}/`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`hub exited with ${code}:\n${log}`));
      });
    });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => log,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    restart: async () => {
      log = '';
      await start();
    },
  };
}
