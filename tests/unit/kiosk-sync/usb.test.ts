/**
 * USB bundles between a real kiosk and a real hub: both ways, mixed with the network, and
 * every bad return bundle refused with one sentence and nothing written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackingCodes, type Kiosk } from '../../../main/open-kiosk.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { exportBundle, importReturnBundle } from '../../../main/sync/usb-bundles.ts';
import { BundleError } from '../../../sync/bundle-error.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { STORE_KINDS } from '../hub/harness/test-database.ts';
import { returnBundle, uploadBundle } from './harness/hub-bundles.ts';
import { call, useHubWithKiosks } from './harness/kiosk-at-hub.ts';

const bare = (code: string) => code.replace(/-/g, '');

/** Everything an import could change: sync settings, counters, requests' sync and status columns. */
function snapshot(db: Db): unknown {
  return {
    settings: db.prepare(`SELECT key, value FROM settings WHERE key >= 'hub/' AND key < 'syncz' ORDER BY key`).all(),
    counters: db.prepare(`SELECT name, last FROM counters WHERE name >= 'sync/' AND name < 'synd' ORDER BY name`).all(),
    requests: db.prepare('SELECT id, synced_at, hub_status, hub_position FROM requests WHERE id > 0 ORDER BY id').all(),
  };
}

const importInto = (kiosk: Kiosk, text: string) =>
  importReturnBundle(kiosk.db, (prefix) => trackingCodes(kiosk.db, prefix), text, new Date());

describe.each(STORE_KINDS)('USB bundles from a real kiosk, hub on %s', (kind) => {
  const run = useHubWithKiosks(kind, 'kiosk_usb');
  const enrolled = run.enrolled;

  it('carries requests to the hub and its decisions back, and the network then stores nothing twice', async () => {
    const { kiosk, prefix } = await enrolled();
    const receipts = [];
    for (let i = 0; i < 3; i++) receipts.push(await call(kiosk, 'requests.submit', KK_UBAH));
    await call(kiosk, 'help.call', { screen: 'attract' });

    const folder = tempDir('usb-drive');
    const written = exportBundle(kiosk.db, folder, null, new Date());
    expect(written).toMatchObject({
      count: 4,
      fromSeq: 1,
      toSeq: 4,
      file: join(folder, `serambi-bundle-${prefix}-4.json`),
    });
    // The drive holds no answer in the clear.
    expect(readFileSync(written.file, 'utf8')).not.toContain(KK_UBAH.answers.nik);
    const imported = await uploadBundle(run.hub, readFileSync(written.file, 'utf8'));
    expect(imported).toMatchObject({ status: 200, body: { kiosk: prefix, stored: 4, ackedSeq: 4 } });

    const code = bare(receipts[0]!.trackingCode);
    const note = { id: 'Silakan ambil di loket A.', en: 'Please collect it at counter A.' };
    await run.hub.admin.call('POST', `/api/v1/requests/${code}/status`, { status: 'ready', reason: 'selesai', note });
    const applied = importInto(kiosk, await returnBundle(run.hub, prefix));
    expect(applied).toMatchObject({ returnSeq: 1, ackedSeq: 4, statuses: 1 });
    expect((await call(kiosk, 'sync.status')).backlog).toBe(0);
    expect((await call(kiosk, 'requests.status', { trackingCode: code })).hubStatus).toMatchObject({
      state: 'ready',
      note,
    });

    await call(kiosk, 'requests.submit', KK_UBAH);
    await kiosk.sync.runRound();
    expect((await call(kiosk, 'sync.status')).lastError).toBeNull();
    const [held] = await run.hub.store.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events JOIN kiosks USING (kiosk_id) WHERE prefix = $1',
      [prefix],
    );
    expect(held!.n).toBe(5);
  });

  it('refuses foreign, truncated, tampered, replayed and stale return bundles in one sentence each, writing nothing', async () => {
    const { kiosk, prefix } = await enrolled();
    const other = await enrolled();
    await call(kiosk, 'requests.submit', KK_UBAH);
    const older = await returnBundle(run.hub, prefix);
    const newer = await returnBundle(run.hub, prefix);
    const file = JSON.parse(newer) as { ciphertext: string };
    const flipped = file.ciphertext[10] === 'A' ? 'B' : 'A';
    const tampered = JSON.stringify({
      ...file,
      ciphertext: file.ciphertext.slice(0, 10) + flipped + file.ciphertext.slice(11),
    });

    const refused = (text: string, problem: string, sentence: RegExp) => {
      const before = snapshot(kiosk.db);
      let error: unknown;
      try {
        importInto(kiosk, text);
      } catch (thrown) {
        error = thrown;
      }
      expect(error, problem).toBeInstanceOf(BundleError);
      expect((error as BundleError).problem).toBe(problem);
      expect((error as Error).message).toMatch(sentence);
      expect((error as Error).message).not.toContain('\n');
      expect(snapshot(kiosk.db), problem).toEqual(before);
    };
    refused(
      await returnBundle(run.hub, other.prefix),
      'foreign',
      /^This return bundle is for kiosk .*take it to that kiosk\.$/,
    );
    refused(newer.slice(0, newer.length / 2), 'damaged', /cut short while copying/);
    refused(tampered, 'tampered', /./);

    expect(importInto(kiosk, newer).returnSeq).toBe(2);
    refused(newer, 'replayed', /^This return bundle was already imported; nothing was changed\.$/);
    refused(older, 'stale', /is older than the last one imported/);
  });
});
