/**
 * The built hub (`dist/hub/hub.mjs`, what `npm run hub` runs) as its own process for the
 * benches, so hub, database and simulated kiosks each get their own share of the machine.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../fixtures/free-port.ts';
import { stopWithThisProcess } from '../fixtures/child-processes.ts';

export interface BenchHub {
  url: string;
  stop(): Promise<void>;
}

/** Benches call from one address far faster than any site would. */
const GENEROUS = { HUB_LIMIT_SIGN_IN: '100000', HUB_LIMIT_ENROL: '100000', HUB_LIMIT_KIOSK_CALLS: '1000000' };

export async function startBenchHub(databaseUrl: string): Promise<BenchHub> {
  const port = await freePort();
  const child = stopWithThisProcess(
    spawn(process.execPath, ['dist/hub/hub.mjs', 'serve'], {
      env: {
        ...process.env,
        ...GENEROUS,
        DATABASE_URL: databaseUrl,
        HUB_PORT: String(port),
        HUB_LOG_LEVEL: 'warn',
        HUB_DB_POOL: '20',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk;
      if (log.includes('listening on')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the hub exited with ${code}: ${log}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
