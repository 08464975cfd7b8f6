/**
 * A hub served in the test's own process on a loopback port, on either store, with an
 * admin signed in and every log line kept for inspection.
 */
import { Writable } from 'node:stream';
import { createAccount } from '../../../../hub/accounts/accounts.ts';
import { loadHubKeys, type HubKeys } from '../../../../hub/keys.ts';
import { buildHubApp } from '../../../../hub/server/app.ts';
import type { RateLimits } from '../../../../hub/server/rate-limits.ts';
import type { Store } from '../../../../hub/store/store.ts';
import { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { miniCatalog } from '../../../fixtures/mini-catalog.ts';
import { AgencyClient } from './agency-client.ts';
import { testDatabase, type StoreKind, type TestDatabase } from './test-database.ts';

export const ADMIN_PASSWORD = 'kata-sandi-admin-uji';

export interface TestHub {
  url: string;
  store: Store;
  db: TestDatabase;
  keys: HubKeys;
  admin: AgencyClient;
  /** Every log line the hub wrote, as JSON text. */
  logs: string[];
  /** A kiosk created by the admin and enrolled, ready to sync. */
  enrolledKiosk(name?: string): Promise<SimKiosk>;
  close(): Promise<void>;
}

/** The tests call from one address far faster than any kiosk or person would. */
const GENEROUS: RateLimits = { signIn: 1000, enrol: 1000, kioskCalls: 100_000 };

export async function startTestHub(kind: StoreKind, label: string, limits = GENEROUS): Promise<TestHub> {
  const database = await testDatabase(kind, label);
  const keys = await loadHubKeys(database.store);
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildHubApp({
    store: database.store,
    keys,
    publicUrl: 'https://hub.example.go.id',
    trustProxy: 0,
    logger: { level: 'info', stream },
    limits,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  await database.store.transaction((tx) =>
    createAccount(tx, null, { username: 'admin', displayName: 'Admin', role: 'admin', password: ADMIN_PASSWORD }),
  );
  const admin = new AgencyClient(url);
  await admin.signIn('admin', ADMIN_PASSWORD);
  const kiosks: SimKiosk[] = [];
  return {
    url,
    store: database.store,
    db: database,
    keys,
    admin,
    logs,
    async enrolledKiosk(name) {
      const { code } = await admin.newKiosk(name);
      const kiosk = new SimKiosk(url);
      kiosks.push(kiosk);
      await kiosk.enrol(code);
      return kiosk;
    },
    async close() {
      for (const kiosk of kiosks) kiosk.close();
      await app.close();
      await database.close();
    },
  };
}

/** The two-counter test catalog, published as the first version. */
export async function publishMiniCatalog(hub: TestHub): Promise<number> {
  const answer = await hub.admin.call('POST', '/api/v1/catalog/versions', { catalog: miniCatalog, note: 'first' });
  if (answer.status !== 201) throw new Error(`catalog not published: ${JSON.stringify(answer.body)}`);
  return answer.body.version;
}
