import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readConfig } from '../config.ts';
import { openKiosk } from '../open-kiosk.ts';
import { describeStartupError } from '../startup-error.ts';
import { startWebServer } from './server.ts';

/** `npm run web`: the kiosk in a browser, served from the build next to this bundle. */
async function main(): Promise<void> {
  // Whatever the kiosk writes (data, receipt previews, logs) is for its own user only.
  process.umask(0o077);
  let port: number | undefined;
  try {
    const config = readConfig(process.env, '.serambi');
    port = config.port;
    const kiosk = await openKiosk(config);
    const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
    const web = await startWebServer(kiosk.api, kiosk.events, rendererDir, config.port, {
      operatorKey: config.operatorKey,
    });
    console.log(`Serambi is running in browser mode: open ${web.url}`);
    console.log(`Data: ${config.dataDir}`);
    const stop = async () => {
      await web.close();
      await kiosk.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(describeStartupError(error, port));
    process.exit(1);
  }
}

void main();
