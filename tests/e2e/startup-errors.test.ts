import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { tempDir } from '../fixtures/temp-dir.ts';
import { keyFileFor, startKioskProcess } from './kiosk-process.ts';

/** Starts the built browser-mode kiosk with extra settings and waits for it to give up. */
function startWith(env: Record<string, string>, dataDir = tempDir('start')) {
  const run = spawnSync(process.execPath, ['dist/main/web.mjs'], {
    env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_KEY_FILE: keyFileFor(dataDir), ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: run.status, stderr: run.stderr.trim(), dataDir };
}

describe('start-up with bad configuration', () => {
  it('stops with one sentence naming a broken KIOSK_CATALOG file, service and field', () => {
    const file = join(tempDir('catalog'), 'catalog.json');
    writeFileSync(file, JSON.stringify({ agency: { id: 'a', en: 'a' }, categories: [], counters: [], services: [] }));
    const run = startWith({ KIOSK_CATALOG: file });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with one sentence for a KIOSK_PRINTER it cannot understand', () => {
    const run = startWith({ KIOSK_PRINTER: 'tcp//printer' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^KIOSK_PRINTER "tcp\/\/printer" is not understood; use tcp:\/\/host:9100/);
  });

  it('stops with one sentence when another program holds the port', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as { port: number };
    try {
      const run = startWith({ KIOSK_PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `KIOSK_PORT ${port} is already in use; stop the program using it or set KIOSK_PORT to a free port.`,
      );
    } finally {
      holder.close();
    }
  });

  it('stops a second kiosk on the same data folder with one sentence; the first keeps serving', async () => {
    const first = await startKioskProcess();
    try {
      const second = startWith({}, first.dataDir);
      expect(second.status).toBe(1);
      expect(second.stderr).toBe(
        `Another Serambi is already running on the data folder ${first.dataDir}; use that one, or stop it before starting again.`,
      );
      expect((await fetch(first.url)).status).toBe(200);
    } finally {
      await first.stop();
    }
    // Once the first has stopped, the folder is free again.
    const third = await startKioskProcess({ KIOSK_DATA_DIR: first.dataDir });
    await third.stop();
  });
});
