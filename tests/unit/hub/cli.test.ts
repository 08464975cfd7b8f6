import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimKiosk } from '../../fixtures/sim-kiosk.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { AgencyClient } from './harness/agency-client.ts';
import { freshStoreSettings, runHubCommand, startHubProcess, type HubProcess } from './harness/hub-process.ts';
import { STORE_KINDS, type TestDatabase } from './harness/test-database.ts';

const PASSWORD = 'kata-sandi-pertama';

describe.each(STORE_KINDS)('hub commands on %s, tried as a new user would', (kind) => {
  let env: Record<string, string>;
  let db: TestDatabase | null = null;
  let hub: HubProcess | null = null;
  beforeAll(async () => {
    ({ env, db } = await freshStoreSettings(kind, 'cli'));
  });
  afterAll(async () => {
    await hub?.stop();
    await db?.close();
  });

  it('makes the first admin, and explains a weak password, an unknown command and a missing file', async () => {
    expect(await runHubCommand(['create-admin', 'admin'], { ...env, HUB_ADMIN_PASSWORD: 'pendek' })).toEqual({
      code: 1,
      output: 'The password is not usable: use at least 12 characters.\n',
    });
    const made = await runHubCommand(['create-admin', 'admin', 'Admin', 'Pertama'], env, `${PASSWORD}\n`);
    expect(made.output).toContain('Admin admin can now sign in at the hub.');
    expect(made.code).toBe(0);
    expect(await runHubCommand(['publish'], env)).toEqual({
      code: 1,
      output: '"publish" is not a hub command; run npm run hub -- help for the list.\n',
    });
    expect((await runHubCommand(['import', '/nowhere/bundle.json'], env)).output).toBe(
      'There is no file /nowhere/bundle.json; check the name and the folder.\n',
    );
  });

  it('serves, enrols a kiosk, and moves its data by USB in both directions from the command line', async () => {
    hub = await startHubProcess(env);
    if (kind === 'pglite') expect(hub.output()).toMatch(/embedded store .* for trials and training only/);
    const admin = new AgencyClient(hub.url);
    await admin.signIn('admin', PASSWORD);
    const { prefix, code } = await admin.newKiosk('Kios Desa');
    const kiosk = new SimKiosk(hub.url);
    await kiosk.enrol(code);
    kiosk.file(12);
    // The site loses its link for good; the hub is stopped too (PGlite allows one process per folder).
    await hub.stop();

    const folder = tempDir('usb-drive');
    const file = join(folder, `serambi-bundle-${prefix}.json`);
    writeFileSync(file, kiosk.writeBundle());
    const imported = await runHubCommand(['import', file], env);
    expect(imported.output).toContain(
      `Imported the bundle of kiosk ${prefix} (events 1 to ${kiosk.lastSeq}): ${kiosk.lastSeq} new, all up to ${kiosk.lastSeq} now held.`,
    );
    const twice = await runHubCommand(['import', file], env);
    expect(twice.code).toBe(1);
    expect(twice.output).toMatch(/^This bundle was already imported on .*; nothing was added\.\n$/);

    const back = join(folder, `serambi-return-${prefix}-1.json`);
    expect((await runHubCommand(['return-bundle', prefix.toLowerCase(), folder], env)).output).toContain(
      `Wrote the return bundle for kiosk ${prefix} to ${back}; import it on the kiosk.`,
    );
    kiosk.importReturnBundle(readFileSync(back, 'utf8'));
    expect(kiosk.ackedSeq).toBe(kiosk.lastSeq);

    await hub.restart();
    await admin.signIn('admin', PASSWORD);
    const list = await admin.call('GET', `/api/v1/requests?kiosk=${prefix}&limit=200`);
    expect(list.body.requests).toHaveLength(kiosk.events.filter((e) => e.kind === 'request.created').length);
    kiosk.close();
  });
});
