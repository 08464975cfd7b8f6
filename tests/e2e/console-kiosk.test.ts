/**
 * The console and a kiosk together: a citizen files a request with taps at a built kiosk
 * in browser mode; an agent finds it in the console and marks it ready with a note; after
 * the kiosk's next sync, the receipt held to the scanner shows the new status. An admin
 * renames a service in the console and publishes it; after the kiosk's next sync the
 * services screen shows the new name.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { syncUntilDone } from '../unit/kiosk-sync/harness/kiosk-api.ts';
import { kioskPage, tap } from './browser.ts';
import { chooseService, fileFamilyCardChange } from './citizen.ts';
import { consolePage, signIn } from './console-page.ts';
import { useKioskWithHub } from './kiosk-with-hub.ts';
import { scan } from '../fixtures/wedge-scanner.ts';

const bundled = loadCatalog();

describe('the console and a kiosk', () => {
  const run = useKioskWithHub(bundled);

  it('shows at the kiosk the status an agent set in the console', async () => {
    const citizen = await kioskPage(run.browser, run.kiosk.url);
    const printed = await fileFamilyCardChange(citizen);
    const code = printed.replace(/-/g, '');
    await tap(citizen, 'finish');
    await citizen.getByTestId('screen-attract').waitFor();
    await syncUntilDone(run.api);

    const agent = await consolePage(run.browser, run.hub.url);
    await signIn(agent, 'agen.satu');
    await agent.getByTestId('search').fill(printed);
    await agent.getByTestId('search').press('Enter');
    const panel = agent.getByTestId('request-panel');
    await panel.getByTestId('answers').getByText('3273011708850001').waitFor();
    await panel.getByTestId('new-status').selectOption('ready');
    await panel.getByTestId('status-reason').fill('dokumen selesai dicetak');
    await panel.getByTestId('note-id').fill('Silakan ambil di loket B.');
    await panel.getByTestId('note-en').fill('Please collect it at counter B.');
    await panel.getByTestId('status-submit').click();
    await panel.getByTestId('saved').waitFor();
    await syncUntilDone(run.api);

    await scan(citizen, code);
    await citizen.getByTestId('request-status').waitFor({ timeout: 5000 });
    expect(await citizen.getByTestId('request-status-state').textContent()).toBe('Status sekarang: Siap diambil');
    expect(await citizen.getByTestId('request-status-note').textContent()).toBe(
      'Pesan dari petugas: Silakan ambil di loket B.',
    );
    await tap(citizen, 'request-status-close');
    await agent.context().close();
    await citizen.context().close();
  });

  it('shows at the kiosk a service renamed and published in the console', async () => {
    const admin = await consolePage(run.browser, run.hub.url);
    await signIn(admin, 'admin');
    await admin.getByTestId('nav-catalog').click();
    await admin.getByTestId('part-kk-ubah').click();
    await admin.getByTestId('service-name-id').fill('Perubahan data Kartu Keluarga (KK)');
    await admin.getByTestId('catalog-valid').waitFor();
    await admin.getByTestId('publish').click();
    await admin.getByTestId('catalog-done').waitFor();
    await syncUntilDone(run.api);
    // The kiosk applies a new catalog when nobody is using it; its next page load reads it.
    const citizen = await kioskPage(run.browser, run.kiosk.url);
    await tap(citizen, 'start');
    await tap(citizen, 'lang-id');
    await expect
      .poll(async () => {
        await chooseService(citizen, 'kk-ubah').catch(() => {});
        return citizen.getByText('Perubahan data Kartu Keluarga (KK)').count();
      })
      .toBeGreaterThan(0);
    await admin.context().close();
    await citizen.context().close();
  });
});
