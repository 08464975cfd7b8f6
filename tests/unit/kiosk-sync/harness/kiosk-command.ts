/** `npm run kiosk -- COMMAND` as an operator runs it, from source through tsx, to its end. */
import { spawn } from 'node:child_process';
import { tempDir } from '../../../fixtures/temp-dir.ts';

export function runKioskCommand(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/sync/cli.ts', ...args], {
    // tsx keeps a cache in the temp folder: give each process one the test removes.
    env: { ...process.env, TMPDIR: tempDir('kiosk-command'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? -1, output })));
}
