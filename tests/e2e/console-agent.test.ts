/**
 * The console as agents and observers use it, in Chromium: signing in (and being refused,
 * with why), finding a request by its tracking code, changing its status with a note for
 * the citizen, a bulk change, overdue requests standing out, personal data hidden from an
 * observer; axe and the message catalogs on every screen; one path walked by keyboard only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { PASSWORD, startConsoleHub, type ConsoleHub } from './console-hub.ts';
import { checkBothLanguages, checkScreen, consolePage, signIn } from './console-page.ts';

describe('the console for agents', () => {
  let hub: ConsoleHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startConsoleHub();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });
  const history = async (code: string) => (await hub.admin.call('GET', `/api/v1/requests/${code}`)).body.history;

  it('signs in, and says why when it will not', async () => {
    const page = await consolePage(browser, hub.url);
    await checkBothLanguages(page, 'sign in');
    await page.getByTestId('sign-in').click();
    await expect(page.getByText('Wajib diisi.').first().isVisible()).resolves.toBe(true);
    await page.getByTestId('username').fill('agen.satu');
    await page.getByTestId('password').fill('salah-sekali-ya');
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-refused').waitFor();
    expect(await page.getByTestId('sign-in-refused').textContent()).toBe('Nama pengguna atau kata sandi salah.');
    await checkScreen(page, 'sign in refused');
    const accounts = (await hub.admin.call('GET', '/api/v1/accounts')).body.accounts as {
      id: number;
      username: string;
    }[];
    const observer = accounts.find((a) => a.username === 'pemantau')!;
    await hub.admin.call('PATCH', `/api/v1/accounts/${observer.id}`, { disabledReason: 'pindah tugas ke kecamatan' });
    await page.getByTestId('username').fill('pemantau');
    await page.getByTestId('password').fill(PASSWORD);
    await page.getByTestId('sign-in').click();
    await page.getByText('pindah tugas ke kecamatan').waitFor();
    await hub.admin.call('PATCH', `/api/v1/accounts/${observer.id}`, { disabledReason: null });
    await page.context().close();
  });

  it('finds a request by its code, changes its status with a note, refusing half-filled changes', async () => {
    const page = await consolePage(browser, hub.url);
    await signIn(page, 'agen.satu');
    await page.getByTestId('inbox-rows').waitFor();
    await checkBothLanguages(page, 'inbox');
    expect(await page.getByTestId('overdue').count()).toBeGreaterThan(0);
    const code = hub.codes[hub.codes.length - 1]!;
    await page.getByTestId('search').fill('bukan-kode');
    await page.getByTestId('search-submit').click();
    await page.getByText('Ini bukan kode lacak').waitFor();
    await page.getByTestId('search').fill(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase());
    await page.getByTestId('search').press('Enter');
    const panel = page.getByTestId('request-panel');
    await panel.waitFor();
    await panel.getByTestId('answers').waitFor();
    await checkBothLanguages(page, 'request panel', async () => {
      await page.getByTestId(`open-${code}`).click();
      await panel.getByTestId('answers').waitFor();
    });
    await panel.getByTestId('new-status').selectOption('rejected');
    await panel.getByTestId('status-submit').click();
    await panel.getByText('Wajib diisi.').waitFor();
    await panel.getByTestId('status-reason').fill('berkas kurang');
    await panel.getByTestId('status-submit').click();
    await panel.getByText('Tulis pesan dalam kedua bahasa').first().waitFor();
    expect(await history(code)).toHaveLength(1);
    await panel.getByTestId('new-status').selectOption('processing');
    await panel.getByTestId('status-reason').fill('berkas diperiksa');
    await panel.getByTestId('note-id').fill('Permohonan Anda sedang diproses.');
    await panel.getByTestId('note-en').fill('Your request is being processed.');
    await panel.getByTestId('status-submit').click();
    await panel.getByTestId('saved').waitFor();
    expect(await panel.getByTestId('request-status').textContent()).toBe('Diproses');
    expect((await history(code)).at(-1)).toMatchObject({
      status: 'processing',
      reason: 'berkas diperiksa',
      note: { id: 'Permohonan Anda sedang diproses.', en: 'Your request is being processed.' },
      by: 'agen.satu',
    });
    await page.getByTestId('dialog-close').click();
    await hub.kiosk.pull();
    expect(hub.kiosk.statuses.get(code)?.status).toBe('processing');
    await page.context().close();
  });

  it('changes the status of a selection at once', async () => {
    const page = await consolePage(browser, hub.url);
    await signIn(page, 'agen.satu');
    const [a, b] = [hub.codes[0]!, hub.codes[1]!];
    await page.getByTestId('filter-overdue').check();
    await page.getByTestId(`select-${a}`).check();
    await page.getByTestId(`select-${b}`).check();
    await page.getByTestId('bulk-open').click();
    const dialog = page.getByTestId('bulk-dialog');
    await checkBothLanguages(page, 'bulk change', async () => {
      await page.getByTestId('bulk-open').click();
      await dialog.waitFor();
    });
    await dialog.getByTestId('new-status').selectOption('ready');
    await dialog.getByTestId('status-reason').fill('siap diambil di loket A');
    await dialog.getByTestId('status-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId(`status-${a}`).getByText('Siap diambil').waitFor();
    expect((await history(a)).at(-1).status).toBe('ready');
    expect((await history(b)).at(-1).status).toBe('ready');
    await page.context().close();
  });

  it('hides personal data from an observer, and records each view', async () => {
    const page = await consolePage(browser, hub.url);
    await signIn(page, 'pemantau');
    const code = hub.codes[2]!;
    await page.getByTestId(`open-${code}`).click();
    const panel = page.getByTestId('request-panel');
    await panel.getByTestId('hidden-fields').waitFor();
    const shown = await panel.getByTestId('answers').textContent();
    const answers = hub.kiosk.events.find((e) => e.data.trackingCode === code)!.data.answers as Record<string, string>;
    for (const field of ['nik', 'nama_lengkap', 'telepon', 'alamat']) expect(shown).not.toContain(answers[field]);
    expect(await panel.getByTestId('status-submit').count()).toBe(0);
    await checkScreen(page, 'request panel, observer');
    const audit = await hub.admin.call('GET', `/api/v1/audit?action=request.viewed&subject=${code}`);
    expect(audit.body.entries[0]).toMatchObject({ by: 'pemantau', detail: { personalData: false } });
    await page.context().close();
  });

  it('walks from sign-in to a status change with the keyboard alone', async () => {
    const page = await consolePage(browser, hub.url);
    const tabTo = async (testId: string, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
      }
      throw new Error(`Tab never reached ${testId}`);
    };
    await tabTo('username');
    await page.keyboard.type('agen.satu');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('inbox-rows').waitFor();
    const code = hub.codes[3]!;
    await tabTo('search');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await page.getByTestId('request-panel').getByTestId('answers').waitFor();
    await tabTo('new-status');
    await page.keyboard.press('ArrowDown');
    await tabTo('status-reason');
    await page.keyboard.type('diperiksa dengan papan ketik');
    await tabTo('status-submit');
    await page.keyboard.press('Enter');
    await page.getByTestId('saved').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('request-panel').waitFor({ state: 'detached' });
    expect((await history(code)).at(-1).reason).toBe('diperiksa dengan papan ketik');
    await page.context().close();
  });
});
