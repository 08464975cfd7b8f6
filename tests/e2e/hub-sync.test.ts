/**
 * End to end with the agency: two built kiosks in browser mode, two hub processes on one
 * PostgreSQL. One kiosk is enrolled with `npm run kiosk -- enrol`, the other by
 * KIOSK_ENROL_CODE. A citizen files a request in Chromium with taps; it reaches the hub on
 * its own; an agent changes its status through the hub's API; the citizen holds the receipt
 * to the scanner on the start screen and sees the new status.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { createDatabase, startPostgres, type PostgresServer } from '../fixtures/postgres.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import { AgencyClient } from '../unit/hub/harness/agency-client.ts';
import { runHubCommand, startHubProcess, type HubProcess } from '../unit/hub/harness/hub-process.ts';
import { kioskApi, OPERATOR_KEY, syncUntilDone, type KioskCall } from '../unit/kiosk-sync/harness/kiosk-api.ts';
import { errorsOn, kioskPage, launchChromium, tap } from './browser.ts';
import { fileFamilyCardChange } from './citizen.ts';
import { keyFileFor, startKioskProcess, type KioskProcess } from './kiosk-process.ts';
import { scan } from '../fixtures/wedge-scanner.ts';

const PASSWORD = 'kata-sandi-admin-uji';
const kkUbah = loadCatalog().services.find((s) => s.service_code === 'kk-ubah')!;

/** `npm run kiosk -- enrol CODE HUB` against the built kiosk, for a data folder. */
function enrolWithCommand(dataDir: string, code: string, hubUrl: string): Promise<string> {
  const child = spawn(process.execPath, ['dist/main/kiosk.mjs', 'enrol', code, hubUrl], {
    env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_KEY_FILE: keyFileFor(dataDir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  return new Promise((resolve, reject) =>
    child.once('exit', (status) => (status === 0 ? resolve(output) : reject(new Error(output)))),
  );
}

describe('a request filed at a kiosk comes back from the agency with its status', () => {
  let postgres: PostgresServer;
  let dropDatabase: () => Promise<void> = async () => {};
  const hubs: HubProcess[] = [];
  const kiosks: KioskProcess[] = [];
  let browser: Browser;
  let agent: AgencyClient;

  beforeAll(async () => {
    postgres = await startPostgres();
    const database = await createDatabase(postgres.adminUrl, 'e2e_hub_sync');
    dropDatabase = database.drop;
    const env = { DATABASE_URL: database.url };
    await runHubCommand(['create-admin', 'admin'], { ...env, HUB_ADMIN_PASSWORD: PASSWORD });
    hubs.push(await startHubProcess(env), await startHubProcess(env));
    agent = new AgencyClient(hubs[1]!.url);
    await agent.signIn('admin', PASSWORD);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const kiosk of kiosks) await kiosk.stop();
    for (const hub of hubs) await hub.stop();
    await dropDatabase();
    await postgres?.stop();
  });

  it('a citizen files with taps; the agent decides at the hub; the status lookup on the kiosk shows it', async () => {
    // Kiosk A: enrolled by the operator command, then started; it syncs with hub 1.
    const a = await agent.newKiosk('Kios Lobi');
    const dataDir = tempDir('e2e-kiosk-a');
    expect(await enrolWithCommand(dataDir, a.code, hubs[0]!.url)).toContain(`as kiosk ${a.prefix}`);
    const kioskA = await startKioskProcess({ KIOSK_DATA_DIR: dataDir, KIOSK_ID: '', KIOSK_OPERATOR_KEY: OPERATOR_KEY });
    kiosks.push(kioskA);
    // Kiosk B: enrolled at start-up by its settings; it syncs with hub 2.
    const b = await agent.newKiosk('Kios Lantai 2');
    const kioskB = await startKioskProcess({
      KIOSK_HUB_URL: hubs[1]!.url,
      KIOSK_ENROL_CODE: b.code,
      KIOSK_ID: '',
      KIOSK_OPERATOR_KEY: OPERATOR_KEY,
    });
    kiosks.push(kioskB);
    const apiA: KioskCall = await kioskApi(kioskA);
    const apiB: KioskCall = await kioskApi(kioskB);

    const page = await kioskPage(browser, kioskA.url);
    const trackingCode = await fileFamilyCardChange(page);
    const code = trackingCode.replace(/-/g, '');
    expect(code.startsWith(a.prefix)).toBe(true);
    await tap(page, 'finish');
    await page.getByTestId('screen-attract').waitFor();

    // The kiosk sends it on its own a few seconds after the submission; the agent sees it at the other hub.
    await expect
      .poll(async () => (await agent.call('GET', `/api/v1/requests/${code}`)).status, { timeout: 30_000 })
      .toBe(200);
    const atHub = await agent.call('GET', `/api/v1/requests/${code}`);
    expect(atHub.body.request).toMatchObject({ serviceCode: 'kk-ubah', status: 'received' });
    expect(atHub.body.request.answers.nik).toBe('3273011708850001');

    const note = { id: 'Silakan ambil di loket A.', en: 'Please collect it at counter A.' };
    const changed = await agent.call('POST', `/api/v1/requests/${code}/status`, {
      status: 'ready',
      reason: 'selesai',
      note,
    });
    expect(changed.status).toBe(200);
    await syncUntilDone(apiA);

    // The citizen comes back and holds the receipt's QR code to the scanner on the start screen.
    await scan(page, code);
    await page.getByTestId('request-status').waitFor({ timeout: 5000 });
    expect(await page.getByTestId('request-status-code').textContent()).toBe(trackingCode);
    expect(await page.getByTestId('request-status-state').textContent()).toBe('Status sekarang: Siap diambil');
    expect(await page.getByTestId('request-status-note').textContent()).toBe(`Pesan dari petugas: ${note.id}`);
    expect(await page.getByTestId('request-status-updated').textContent()).toMatch(
      /^Informasi ini terakhir diperbarui /,
    );
    await tap(page, 'request-status-close');
    expect(errorsOn(page)).toEqual([]);

    // Kiosk B took its prefix from the hub at start-up and syncs with hub 2.
    const receiptB = await apiB('requests.submit', {
      serviceCode: 'kk-ubah',
      language: 'en',
      answers: {
        nik: '3273011708850002',
        perubahan: [kkUbah.fields.find((f) => f.code === 'perubahan')!.values![0]!.key],
        telepon: '',
      },
      noticeVersion: loadCatalog().privacy!.version,
      consents: { telepon: false },
    });
    expect(receiptB.trackingCode.startsWith(b.prefix)).toBe(true);
    await syncUntilDone(apiB);
    expect((await agent.call('GET', `/api/v1/requests/${receiptB.trackingCode.replace(/-/g, '')}`)).status).toBe(200);
    const fleet = await agent.call('GET', '/api/v1/fleet');
    const online = fleet.body.kiosks.filter((k: { prefix: string; state: string }) =>
      [a.prefix, b.prefix].includes(k.prefix),
    );
    expect(online.map((k: { state: string }) => k.state)).toEqual(['online', 'online']);
  });
});
