import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { startUntilItSays } from '../../fixtures/tsx-child.ts';

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

/** PostgreSQL servers whose data folder lies under this folder. */
function postgresUnder(tmp: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`${tmp}/serambi-pg-`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('a throwaway PostgreSQL', () => {
  it('stops, and its folder goes, when the run that started it is ended with Ctrl+C or a kill', async () => {
    const tmp = tempDir('pg-run');
    const child = await startUntilItSays(
      `import('./tests/fixtures/postgres.ts').then(async (m) => { await m.startPostgres(); console.log('started'); setInterval(() => {}, 1000); })`,
      'started',
      tmp,
      { DATABASE_URL: '' },
    );
    expect(postgresUnder(tmp).length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(postgresUnder(tmp)).toEqual([]);
    expect(readdirSync(tmp).filter((name) => name.startsWith('serambi-pg-'))).toEqual([]);
  }, 60_000);
});
