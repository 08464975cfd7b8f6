/**
 * A built kiosk process (tests/e2e/kiosk-process.ts) driven over its browser-mode API, as
 * its page and an operator's tool drive it: the page's token, and the operator key for
 * sync.status and sync.now. Also its data read back with its own key once it has stopped.
 */
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../../main/open-kiosk.ts';
import { DataCipher } from '../../../../main/secrets/data-cipher.ts';
import { keyFileStore } from '../../../../main/secrets/key-store.ts';
import { openDatabase, type Db } from '../../../../main/store/open-database.ts';
import type { MethodName, MethodOutput, Result } from '../../../../preload/contract.ts';
import { keyFileFor, type KioskProcess } from '../../../e2e/kiosk-process.ts';

export const OPERATOR_KEY = 'operator-key-for-the-sync-tests-0123456789';

export type KioskCall = <M extends MethodName>(method: M, input?: unknown) => Promise<MethodOutput<M>>;

export async function kioskApi(kiosk: KioskProcess): Promise<KioskCall> {
  const page = await (await fetch(kiosk.url)).text();
  const token = /<meta name="kiosk-token" content="([^"]+)"/.exec(page)![1]!;
  return async (method, input = {}) => {
    const response = await fetch(new URL(`/api/${method}`, kiosk.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': token, 'x-kiosk-operator-key': OPERATOR_KEY },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as Result<never>;
    if (!result.ok) throw new Error(`${method}: ${result.code}: ${result.message}`);
    return result.value;
  };
}

/** The kiosk's database, opened with its key after the process has stopped. */
export async function kioskDatabase(dataDir: string): Promise<Db> {
  const key = await keyFileStore(keyFileFor(dataDir)).load();
  return openDatabase(join(dataDir, DATABASE_FILE), new DataCipher(key!));
}

/**
 * Rounds until one ends with everything acknowledged and no error. sync.now starts a round
 * at once, even while the kiosk is backing off; one asked for while a round runs is asked
 * for again once that round has ended.
 */
export async function syncUntilDone(api: KioskCall, attempts = 200): Promise<void> {
  let last: unknown = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const asked = new Date().toISOString();
    let status = await api('sync.now');
    while (status.state === 'syncing' || (status.lastAttemptAt ?? '') < asked) {
      await new Promise((r) => setTimeout(r, 10));
      status = await api(status.state === 'syncing' ? 'sync.status' : 'sync.now');
    }
    if (status.state === 'idle' && status.backlog === 0 && status.lastError === null) return;
    last = status;
  }
  // What the last round ended with says why (a refusal, a rate limit, a backlog that stays).
  throw new Error(`sync did not complete in ${attempts} rounds; the last ended with ${JSON.stringify(last)}`);
}
