/**
 * The built hub (dist/hub/hub.mjs, serving dist/console) as its own process on a fresh
 * embedded store, with an admin, an agent and an observer, the test catalog published and
 * an enrolled simulated kiosk whose requests have arrived: what the console's end-to-end
 * tests start from.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../fixtures/free-port.ts';
import { miniCatalog, testService } from '../fixtures/mini-catalog.ts';
import { SimKiosk } from '../fixtures/sim-kiosk.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import { AgencyClient } from '../unit/hub/harness/agency-client.ts';
import type { Catalog } from '../../sync/catalog-schema.ts';

export const PASSWORD = 'kata-sandi-konsol-uji';
const t = (id: string, en: string) => ({ id, en });

/** The sim kiosk files ktp-el and kk-baru requests; the catalog names both and promises times. */
export const consoleCatalog: Catalog = {
  ...miniCatalog,
  services: [
    testService(
      'ktp-el',
      'A',
      [
        { code: 'nik', datatype: 'nik', required: true, order: 1, description: t('NIK', 'NIK') },
        {
          code: 'nama_lengkap',
          datatype: 'string',
          required: true,
          order: 2,
          description: t('Nama lengkap', 'Full name'),
          personalData: t('Nama', 'Name'),
        },
        { code: 'telepon', datatype: 'phone', required: false, order: 3, description: t('Nomor HP', 'Mobile number') },
        {
          code: 'alamat',
          datatype: 'text',
          required: false,
          order: 4,
          description: t('Alamat', 'Address'),
          personalData: t('Alamat', 'Address'),
        },
        {
          code: 'keperluan',
          datatype: 'singlevaluelist',
          required: true,
          order: 5,
          description: t('Keperluan', 'Purpose'),
          values: [
            { key: 'pembuatan', name: t('Pembuatan', 'New') },
            { key: 'perubahan', name: t('Perubahan', 'Change') },
            { key: 'hilang', name: t('Hilang', 'Lost') },
          ],
        },
      ],
      {
        service_name: t('KTP elektronik', 'Electronic ID card'),
        standard: { ...testService('x', 'A', []).standard, promisedWorkingDays: 3 },
      },
    ),
    testService(
      'kk-baru',
      'B',
      [
        {
          code: 'nama_lengkap',
          datatype: 'string',
          required: true,
          order: 1,
          description: t('Nama lengkap', 'Full name'),
        },
      ],
      {
        service_name: t('Kartu keluarga baru', 'New family card'),
        standard: { ...testService('x', 'B', []).standard, promisedWorkingDays: 5 },
      },
    ),
  ],
};

export interface ConsoleHub {
  url: string;
  admin: AgencyClient;
  kiosk: SimKiosk;
  /** Tracking codes of the kiosk's requests, oldest first. */
  codes: string[];
  stop(): Promise<void>;
}

export async function startConsoleHub(requests = 12, catalog: unknown = consoleCatalog): Promise<ConsoleHub> {
  const env = {
    ...process.env,
    HUB_DATA_DIR: join(tempDir('console-hub'), 'data'),
    HUB_LOG_LEVEL: 'warn',
    HUB_ADMIN_PASSWORD: PASSWORD,
  };
  const made = spawnSync(process.execPath, ['dist/hub/hub.mjs', 'create-admin', 'admin', 'Admin Satu'], {
    env,
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`create-admin failed: ${made.stderr}`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/hub/hub.mjs'], {
    env: { ...env, HUB_PORT: String(port), HUB_PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await new Promise<void>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`hub did not start:\n${log}`)), 30_000);
      const read = (chunk: Buffer) => {
        log += chunk;
        if (log.includes('listening on')) (clearTimeout(timer), resolve());
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => reject(new Error(`hub exited with ${code}:\n${log}`)));
    });
    const url = `http://127.0.0.1:${port}`;
    const admin = new AgencyClient(url);
    await admin.signIn('admin', PASSWORD);
    for (const [username, role] of [
      ['agen.satu', 'agent'],
      ['pemantau', 'observer'],
    ] as const) {
      await admin.call('POST', '/api/v1/accounts', { username, displayName: username, role, password: PASSWORD });
    }
    await admin.call('POST', '/api/v1/catalog/versions', { catalog, note: 'pertama' });
    const { code } = await admin.newKiosk('Kios Balai Kota');
    const kiosk = new SimKiosk(url);
    await kiosk.enrol(code);
    // Filed over the last days, the oldest a fortnight ago, so some are overdue.
    for (let i = 0; i < requests; i++) kiosk.file(1, new Date(Date.now() - (requests - i) * 86_400_000 * 1.2));
    await kiosk.push();
    const codes = kiosk.events.filter((e) => e.kind === 'request.created').map((e) => e.data.trackingCode as string);
    return {
      url,
      admin,
      kiosk,
      codes,
      async stop() {
        kiosk.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
