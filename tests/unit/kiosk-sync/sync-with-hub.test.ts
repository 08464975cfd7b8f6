/**
 * The kiosk's own sync code (main/sync/) against a real hub, on PostgreSQL and PGlite:
 * enrolment by KIOSK_ENROL_CODE, requests out, statuses, catalogs, announcements and
 * settings back, health reported.
 */
import { describe, expect, it } from 'vitest';
import { openKiosk } from '../../../main/open-kiosk.ts';
import { ConfigError } from '../../../main/config.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';
import { startVirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { STORE_KINDS } from '../hub/harness/test-database.ts';
import { call, useHubWithKiosks } from './harness/kiosk-at-hub.ts';

const bare = (code: string) => code.replace(/-/g, '');
/** A request for the mini catalog's first service. */
const SATU = {
  serviceCode: 'satu',
  language: 'en',
  answers: { nama: 'SITI RAHAYU', nik: '', hp: '' },
  noticeVersion: 'uji-1',
  consents: {},
};

describe.each(STORE_KINDS)('a kiosk syncing with a hub on %s', (kind) => {
  const run = useHubWithKiosks(kind, 'kiosk_side');
  const enrolled = run.enrolled;

  it('enrols with KIOSK_ENROL_CODE, takes the prefix the hub gives, and keeps its keys sealed', async () => {
    const { kiosk, prefix } = await enrolled();
    expect((await call(kiosk, 'kiosk.info')).kioskId).toBe(prefix);
    const status = await call(kiosk, 'sync.status');
    expect(status).toMatchObject({
      state: 'idle',
      kioskPrefix: prefix,
      hubUrl: run.hub.url,
      lastError: null,
      backlog: 0,
    });
    expect(status.lastSuccessAt).not.toBeNull();
    // No private key, and nothing else of the identity, is in the settings in plain text.
    const settings = kiosk.db.prepare(`SELECT value FROM settings WHERE key LIKE 'sync/%'`).pluck().all() as string[];
    const stored = settings.join('\n');
    expect(stored).not.toContain(run.hub.keys.signing.publicKey);
    expect(stored).not.toContain('privateKey');
  });

  it('sends a request with its answers, marks it synced, and shows the status the agency gives it', async () => {
    const { kiosk } = await enrolled();
    const receipt = await call(kiosk, 'requests.submit', KK_UBAH);
    const code = bare(receipt.trackingCode);
    expect((await call(kiosk, 'sync.status')).backlog).toBe(1);
    const before = await call(kiosk, 'requests.status', { trackingCode: code });
    expect(before.hubStatus).toBeNull();

    await kiosk.sync.runRound();
    const atHub = await run.hub.admin.call('GET', `/api/v1/requests/${code}`);
    expect(atHub.status).toBe(200);
    expect(atHub.body.request.answers).toMatchObject(KK_UBAH.answers);
    const row = kiosk.db.prepare('SELECT synced_at FROM requests WHERE tracking_code = ?').get(code) as {
      synced_at: string | null;
    };
    expect(row.synced_at).not.toBeNull();
    expect((await call(kiosk, 'sync.status')).backlog).toBe(0);

    const note = { id: 'Berkas KK asli belum dibawa.', en: 'The original family card is missing.' };
    const changed = await run.hub.admin.call('POST', `/api/v1/requests/${code}/status`, {
      status: 'rejected',
      reason: 'dokumen kurang',
      note,
    });
    expect(changed.status).toBe(200);
    await kiosk.sync.runRound();
    const after = await call(kiosk, 'requests.status', { trackingCode: code });
    expect(after.hubStatus).toMatchObject({ state: 'rejected', note });
    expect(after.updatedAt).not.toBeNull();
    // The note is sealed in the row like the answers.
    const raw = kiosk.db.prepare('SELECT hub_note FROM requests WHERE tracking_code = ?').pluck().get(code) as Buffer;
    expect(raw.includes(Buffer.from('Berkas'))).toBe(false);
  });

  it('reports its health: versions, printer, jobs, backlog, free disk and last sync', async () => {
    const { kiosk, prefix } = await enrolled();
    const view = await run.hub.admin.call('GET', `/api/v1/kiosks/${prefix}`);
    expect(view.body.health).toMatchObject({
      appVersion: '0.1.0',
      catalogVersion: null,
      printer: { configured: false },
      printJobs: { queued: 0, failed: 0 },
      outboxBacklog: 0,
    });
    expect(view.body.health.freeDiskBytes).toBeGreaterThan(0);
    expect(view.body.health.lastSyncAt).toBe((await call(kiosk, 'sync.status')).lastSuccessAt);
  });

  it('takes a catalog release at its next idle moment; a citizen who began before submits against the old one', async () => {
    const { kiosk } = await enrolled();
    const first = await call(kiosk, 'catalog.get');
    expect(first.version).toBeNull();
    const published = await run.hub.admin.call('POST', '/api/v1/catalog/versions', {
      catalog: miniCatalog,
      note: 'uji',
    });
    expect(published.status).toBe(201);
    await kiosk.sync.runRound();

    const next = await call(kiosk, 'catalog.get');
    expect(next.version).toBe(String(published.body.version));
    expect(next.revision).toBeGreaterThan(first.revision!);
    expect(next.services.map((s) => s.service_code)).toEqual(['satu', 'dua']);

    // The citizen still on the bundled catalog (version null) finishes their request.
    const old = await call(kiosk, 'requests.submit', { ...KK_UBAH, catalogVersion: null });
    // A new session, on the release.
    const fresh = await call(kiosk, 'requests.submit', { ...SATU, catalogVersion: next.version });
    const versions = kiosk.db
      .prepare('SELECT tracking_code, catalog_version FROM requests WHERE tracking_code IN (?, ?)')
      .all(bare(old.trackingCode), bare(fresh.trackingCode));
    expect(versions).toEqual(
      expect.arrayContaining([
        { tracking_code: bare(old.trackingCode), catalog_version: null },
        { tracking_code: bare(fresh.trackingCode), catalog_version: next.version },
      ]),
    );
    await kiosk.sync.runRound();
    const atHub = await run.hub.admin.call('GET', `/api/v1/requests/${bare(fresh.trackingCode)}`);
    expect(atHub.body.request.catalogVersion).toBe(next.version);
    // The health report names the version in use.
    expect((await call(kiosk, 'sync.status')).catalogVersion).toBe(next.version);
  });

  it('shows the announcements the hub sends and uses the name the hub keeps for it', async () => {
    const printer = await startVirtualPrinter();
    const { kiosk, prefix } = await enrolled({ KIOSK_NAME: '', KIOSK_PRINTER: printer.url });
    const items = [{ text: { id: 'Loket tutup pukul 15.00.', en: 'Counters close at 15.00.' } }];
    expect((await run.hub.admin.call('PUT', '/api/v1/announcements', { items })).status).toBe(200);
    expect((await run.hub.admin.call('PATCH', `/api/v1/kiosks/${prefix}`, { name: 'Kios Lobi Timur' })).status).toBe(
      200,
    );
    await kiosk.sync.runRound();
    expect((await call(kiosk, 'catalog.get')).announcements).toEqual(items);
    // The catalog test before this one made the hub's catalog current for every kiosk.
    await call(kiosk, 'requests.submit', SATU);
    await printer.waitForCuts(1);
    expect(readEscPos(printer.jobs()[0]!).text).toContain('Kios Lobi Timur');
    await printer.close();
  });
});

describe('a kiosk without a hub', () => {
  it('works as before, and sync.status says sync is off', async () => {
    const kiosk = await openKiosk(testConfig());
    try {
      await call(kiosk, 'requests.submit', KK_UBAH);
      expect(await call(kiosk, 'sync.status')).toMatchObject({ state: 'off', hubUrl: null, backlog: 1 });
    } finally {
      await kiosk.close();
    }
  });

  it('refuses a hub address that cannot work, in one sentence naming the setting', () => {
    const tries: Array<[Record<string, string>, RegExp]> = [
      [{ KIOSK_HUB_URL: 'hub.example.go.id' }, /^KIOSK_HUB_URL "hub.example.go.id" is not a web address; use/],
      [{ KIOSK_HUB_URL: 'http://10.0.0.5' }, /^KIOSK_HUB_URL .* without encryption; use an https:\/\/ address/],
      [{ KIOSK_HUB_URL: 'https://hub.example.go.id/sync?x=1' }, /more than the hub's address/],
      [{ KIOSK_ENROL_CODE: '7KMX-4PRT' }, /^KIOSK_ENROL_CODE "7KMX-4PRT" is not an enrolment code/],
      [{ KIOSK_ENROL_CODE: '7KMX-4PRT-9CWH-3DNA' }, /^KIOSK_ENROL_CODE names no hub; set KIOSK_HUB_URL/],
    ];
    for (const [env, message] of tries) {
      let error: unknown;
      try {
        testConfig(env);
      } catch (thrown) {
        error = thrown;
      }
      expect(error, JSON.stringify(env)).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message.split('; ').length).toBeLessThanOrEqual(3);
    }
  });
});
