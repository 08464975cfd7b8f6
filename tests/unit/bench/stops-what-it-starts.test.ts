import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tempDir } from '../../fixtures/temp-dir.ts';

/** Processes whose environment carries this TMPDIR: everything the run below started. */
function startedUnder(tmp: string): number[] {
  const pids: number[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`TMPDIR=${tmp}`)) pids.push(Number(pid));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

describe('the benchmarks', () => {
  it('stop the kiosk they started when the browser cannot be started', () => {
    const tmp = tempDir('bench-run');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `import('./tests/bench/renderer-figures.ts').then((m) => m.measureRenderer())`],
      { env: { ...process.env, TMPDIR: tmp, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/nonexistent/);
    expect(startedUnder(tmp)).toEqual([]);
  });
});
