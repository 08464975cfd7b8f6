import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { _electron } from 'playwright-core';
import { tempDir } from '../fixtures/temp-dir.ts';

/**
 * Where the electron package keeps its binary (path.txt names it inside dist/). Read here
 * rather than through require('electron'), which would try to download a missing binary.
 */
function electronBinary(): string | null {
  const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'), readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary)
  console.warn('electron-shell: skipped, the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD).');

describe.skipIf(!binary)('the Electron shell', () => {
  it('opens the kiosk page with window.kiosk from the preload and no Node in the page', async () => {
    const app = await _electron.launch({
      executablePath: binary!,
      args: ['.', '--no-sandbox'],
      env: {
        ...process.env,
        KIOSK_DATA_DIR: tempDir('electron'),
        KIOSK_KEY_FILE: join(tempDir('key'), 'data.key'),
        KIOSK_WINDOWED: '1',
      },
    });
    try {
      const page = await app.firstWindow();
      await page.getByTestId('screen-attract').waitFor();
      const seen = await page.evaluate(async () => ({
        methods: Object.keys((window as unknown as { kiosk: object }).kiosk).sort(),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        info: await (window as unknown as { kiosk: { 'kiosk.info': (i: object) => Promise<unknown> } }).kiosk[
          'kiosk.info'
        ]({}),
      }));
      expect(seen.require).toBe('undefined');
      expect(seen.process).toBe('undefined');
      expect(seen.methods).toContain('requests.submit');
      expect(seen.info).toMatchObject({ ok: true });
      expect(page.url()).toBe('serambi://app/index.html');
    } finally {
      await app.close();
    }
  });
});
