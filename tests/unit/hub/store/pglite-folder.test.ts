import { describe, expect, it } from 'vitest';
import { openPgliteStore } from '../../../../hub/store/pglite-store.ts';
import { tempDir } from '../../../fixtures/temp-dir.ts';
import { startUntilItSays } from '../../../fixtures/tsx-child.ts';

describe('the embedded store folder', () => {
  it('keeps its data across restarts', async () => {
    const folder = tempDir('hub-pglite');
    const first = await openPgliteStore(folder);
    await first.script('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7);');
    await first.close();
    const again = await openPgliteStore(folder);
    expect(await again.query('SELECT n FROM kept')).toEqual([{ n: 7 }]);
    await again.close();
  });

  it('lets only one hub open a folder, and says which folder and what to do', async () => {
    const folder = tempDir('hub-pglite');
    const first = await openPgliteStore(folder);
    try {
      await expect(openPgliteStore(folder)).rejects.toThrow(
        `Another hub is already using the data folder ${folder}; stop it, or set HUB_DATA_DIR to another folder.`,
      );
    } finally {
      await first.close();
    }
    const second = await openPgliteStore(folder);
    await second.close();
  });

  it('is free again the moment a hub holding it is killed, with nothing stale to wait out', async () => {
    const folder = tempDir('hub-pglite');
    const holder = await startUntilItSays(
      `import('./hub/store/folder-lock.ts').then(({ lockFolder }) => { lockFolder(${JSON.stringify(folder)}); console.log('locked'); setInterval(() => {}, 1000); })`,
      'locked',
      tempDir('hub-lock-holder'),
    );
    await expect(openPgliteStore(folder)).rejects.toThrow(/Another hub is already using/);
    await new Promise((resolve) => {
      holder.once('exit', resolve);
      holder.kill('SIGKILL');
    });
    const store = await openPgliteStore(folder);
    await store.close();
  });
});
