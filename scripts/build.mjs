// Builds everything `npm start`, `npm run web`, `npm run hub` and the tests run from dist/:
// the renderer with Vite, and the main process, preload, browser-mode server and hub with esbuild.
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';
import { cpSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  // Native and runtime packages load from node_modules, as they do in the packaged app.
  packages: 'external',
};

await viteBuild({ configFile: 'renderer/vite.config.ts', logLevel: 'warn' });
await viteBuild({ configFile: 'hub/console/vite.config.ts', logLevel: 'warn' });
await Promise.all([
  build({ ...common, entryPoints: ['main/shell/main.ts'], outfile: 'dist/main/electron.cjs', format: 'cjs' }),
  build({ ...common, entryPoints: ['main/web/start.ts'], outfile: 'dist/main/web.mjs', format: 'esm' }),
  // A sandboxed preload can only require 'electron', so everything else is bundled into it.
  build({
    ...common,
    packages: undefined,
    external: ['electron'],
    entryPoints: ['preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    format: 'cjs',
  }),
  build({ ...common, entryPoints: ['hub/cli.ts'], outfile: 'dist/hub/hub.mjs', format: 'esm' }),
  build({ ...common, entryPoints: ['main/sync/cli.ts'], outfile: 'dist/main/kiosk.mjs', format: 'esm' }),
  build({ ...common, entryPoints: ['main/audit/cli.ts'], outfile: 'dist/main/audit.mjs', format: 'esm' }),
  build({ ...common, entryPoints: ['main/staff/cli.ts'], outfile: 'dist/main/staff.mjs', format: 'esm' }),
]);
// The hub reads its SQL migrations from beside its bundle.
cpSync('hub/store/migrations', 'dist/hub/migrations', { recursive: true });
