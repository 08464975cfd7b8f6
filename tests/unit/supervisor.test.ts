import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { supervise } from '../../main/supervisor.ts';
import { tempDir } from '../fixtures/temp-dir.ts';

const quiet = { warn: () => undefined, info: () => undefined };

/** A stand-in kiosk: counts its starts in a file, crashes the first `crashes` times, then exits 0 or keeps running. */
function standIn(crashes: number, then: 'exit' | 'run'): { args: string[]; runs: () => number } {
  const dir = tempDir('supervisor');
  const counter = join(dir, 'runs');
  writeFileSync(counter, '0');
  const script = `
    const fs = require('fs');
    const runs = Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8')) + 1;
    fs.writeFileSync(${JSON.stringify(counter)}, String(runs));
    if (runs <= ${crashes}) process.kill(process.pid, 'SIGKILL');
    else if (${JSON.stringify(then)} === 'exit') process.exit(0);
    else setInterval(() => {}, 1000);`;
  return { args: ['-e', script], runs: () => Number(readFileSync(counter, 'utf8')) };
}

describe('the kiosk supervisor (Windows autostart)', () => {
  it('starts the kiosk again after each crash, and lets an exit with status 0 stand', async () => {
    const kiosk = standIn(2, 'exit');
    const supervisor = supervise({ command: process.execPath, args: kiosk.args, restartDelayMs: 50, log: quiet });
    await supervisor.done;
    expect(supervisor.starts()).toBe(3);
    expect(kiosk.runs()).toBe(3);
  });

  it('asks a running kiosk to close when supervision stops, and does not start it again', async () => {
    const kiosk = standIn(0, 'run');
    const supervisor = supervise({ command: process.execPath, args: kiosk.args, restartDelayMs: 50, log: quiet });
    await expect.poll(kiosk.runs).toBe(1);
    supervisor.stop();
    await supervisor.done;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(supervisor.starts()).toBe(1);
  });
});
