/**
 * Answers the hub did not sign with its pinned key are no answers: unsigned, signed with
 * another key, altered on the way or replayed from an earlier call. The kiosk writes
 * nothing from them (no acknowledgement, no status, no cursor) and says why in sync.status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kiosk } from '../../../main/open-kiosk.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';
import { startTestHub, type TestHub } from '../hub/harness/test-hub.ts';
import { call, kioskAt } from './harness/kiosk-at-hub.ts';
import { startTamperingProxy, type Tamper, type TamperingProxy } from './harness/tampering-proxy.ts';

/** What an answer could change: the sync settings and counters, and the requests' sync columns. */
const state = (db: Db) => ({
  settings: db.prepare(`SELECT key, value FROM settings WHERE key >= 'sync/' AND key < 'synd' ORDER BY key`).all(),
  counters: db.prepare(`SELECT name, last FROM counters WHERE name >= 'sync/' AND name < 'synd' ORDER BY name`).all(),
  requests: db.prepare('SELECT id, synced_at, hub_status FROM requests WHERE id > 0 ORDER BY id').all(),
});

describe('answers that do not come from the hub', () => {
  let hub: TestHub;
  let proxy: TamperingProxy;
  let kiosk: Kiosk;
  beforeAll(async () => {
    hub = await startTestHub('postgres', 'kiosk_answers');
    proxy = await startTamperingProxy(hub.url);
    ({ kiosk } = await kioskAt({ url: proxy.url, admin: hub.admin }));
  });
  afterAll(async () => {
    await kiosk?.close();
    await proxy?.close();
    await hub?.close();
  });

  const refusedWith = async (mode: Tamper) => {
    proxy.mode = mode;
    const before = state(kiosk.db);
    await kiosk.sync.runRound();
    const status = await call(kiosk, 'sync.status');
    expect(status.state, mode).toBe('waiting');
    expect(status.lastError, mode).toMatch(
      /^The answer from the hub to POST \/sync\/v1\/events \(HTTP 200\) does not carry the hub's signature\.$/,
    );
    expect(state(kiosk.db), mode).toEqual(before);
  };

  it('are refused, whatever was done to them, and change nothing', async () => {
    const receipt = await call(kiosk, 'requests.submit', KK_UBAH);
    // A round in the clear first, so that there is an earlier answer to replay.
    await kiosk.sync.runRound();
    await call(kiosk, 'requests.submit', KK_UBAH);
    for (const mode of ['unsigned', 'forged', 'altered', 'replayed'] as const) await refusedWith(mode);

    // The feed too: a status change the agency made does not arrive through an altered answer.
    proxy.mode = 'none';
    await kiosk.sync.runRound();
    const code = receipt.trackingCode.replace(/-/g, '');
    await hub.admin.call('POST', `/api/v1/requests/${code}/status`, { status: 'processing', reason: 'mulai' });
    proxy.mode = 'altered';
    await kiosk.sync.runRound();
    expect((await call(kiosk, 'sync.status')).lastError).toMatch(
      /GET \/sync\/v1\/feed .* does not carry the hub's signature/,
    );
    expect((await call(kiosk, 'requests.status', { trackingCode: code })).hubStatus).toBeNull();

    proxy.mode = 'none';
    await kiosk.sync.runRound();
    expect(await call(kiosk, 'sync.status')).toMatchObject({ state: 'idle', lastError: null, backlog: 0 });
    expect((await call(kiosk, 'requests.status', { trackingCode: code })).hubStatus?.state).toBe('processing');
  });
});
