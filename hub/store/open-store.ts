/** Opens the store the configuration names and brings its schema up to date. */
import { HubSetupError } from '../setup-error.ts';
import type { HubConfig } from '../config.ts';
import { migrate } from './migrate.ts';
import { openPgliteStore } from './pglite-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import type { Store } from './store.ts';

const UNREACHABLE = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', '28P01', '28000', '3D000'];

export async function openStore(config: Pick<HubConfig, 'databaseUrl' | 'dataDir' | 'poolSize'>): Promise<Store> {
  const store = config.databaseUrl
    ? openPostgresStore(config.databaseUrl, config.poolSize)
    : await openPgliteStore(config.dataDir);
  try {
    await migrate(store);
  } catch (error) {
    await store.close().catch(() => {});
    throw describeOpenError(error, config.databaseUrl);
  }
  return store;
}

function describeOpenError(error: unknown, url: string | null): unknown {
  const code = (error as { code?: string }).code;
  if (url && code && UNREACHABLE.includes(code)) {
    const where = new URL(url);
    where.password = '';
    return new HubSetupError(
      `The hub cannot use the database at ${where.host}${where.pathname} (${(error as Error).message}); check DATABASE_URL and that PostgreSQL is running.`,
    );
  }
  return error;
}
