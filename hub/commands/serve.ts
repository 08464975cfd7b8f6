/** `npm run hub`: opens the store, makes sure the hub has keys, and serves until stopped. */
import type { HubConfig } from '../config.ts';
import { loadHubKeys } from '../keys.ts';
import { startMaintenance } from '../maintenance.ts';
import { buildHubApp } from '../server/app.ts';
import { HubSetupError } from '../setup-error.ts';
import { openStore } from '../store/open-store.ts';

export async function serve(config: HubConfig): Promise<void> {
  if (!config.databaseUrl) {
    console.log(
      `The hub runs on its embedded store in ${config.dataDir}: for trials and training only (one process, no fsync). Set DATABASE_URL to a PostgreSQL server for real use.`,
    );
  }
  const store = await openStore(config);
  const keys = await loadHubKeys(store);
  const app = await buildHubApp({
    store,
    keys,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    limits: config.limits,
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await store.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new HubSetupError(
        `HUB_PORT ${config.port} is already in use; stop the program using it or set HUB_PORT to a free port.`,
      );
    }
    throw error;
  }
  const stopMaintenance = startMaintenance(store, app.log);
  const { port } = app.server.address() as { port: number };
  console.log(`Serambi hub listening on http://${config.host}:${port}/ (key fingerprint ${keys.fingerprint})`);
  const stop = async () => {
    stopMaintenance();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
