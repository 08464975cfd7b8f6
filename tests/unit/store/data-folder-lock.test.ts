import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { DataFolderBusy, lockDataFolder } from '../../../main/store/data-folder-lock.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';

// tsx keeps a transform cache in the temp folder: give it one of this test's own.
const spawnOptions = () => ({ encoding: 'utf8' as const, env: { ...process.env, TMPDIR: tempDir('tsx') } });

// Another process trying the same lock, as a second kiosk would.
const tryFromAnotherProcess = (dir: string) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import('./main/store/data-folder-lock.ts').then(m => { try { m.lockDataFolder(${JSON.stringify(dir)}); console.log('locked'); } catch (e) { console.log(e.name); } })`,
    ],
    spawnOptions(),
  ).stdout.trim();

describe('the data folder lock', () => {
  it('lets one kiosk hold a data folder and refuses a second, in this process or another', () => {
    const dir = tempDir('lock');
    const lock = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderBusy);
    expect(() => lockDataFolder(dir)).toThrow(`Another Serambi is already running on the data folder ${dir}`);
    expect(tryFromAnotherProcess(dir)).toBe('DataFolderBusy');
    lock.release();
    expect(tryFromAnotherProcess(dir)).toBe('locked');
    lockDataFolder(dir).release();
  });

  it('is free again when the process holding it dies, with nothing stale to wait out', () => {
    const dir = tempDir('lock');
    const killed = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./main/store/data-folder-lock.ts').then(m => { m.lockDataFolder(${JSON.stringify(dir)}); process.kill(process.pid, 'SIGKILL'); })`,
      ],
      spawnOptions(),
    );
    expect(killed.signal).toBe('SIGKILL');
    lockDataFolder(dir).release();
  });
});
