/**
 * The console as admins use it, in Chromium: editing a service and publishing it (a broken
 * edit is named and cannot be published), rolling back, creating a kiosk with its enrolment
 * QR code and revoking it, issuing an Open311 key, accounts, the dashboard's charts and the
 * audit trail; axe and the message catalogs on every screen in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startConsoleHub, type ConsoleHub } from './console-hub.ts';
import { checkBothLanguages, consolePage, signIn } from './console-page.ts';

describe('the console for admins', () => {
  let hub: ConsoleHub;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    hub = await startConsoleHub();
    browser = await launchChromium();
    page = await consolePage(browser, hub.url);
    await signIn(page, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });
  const open = async (screen: string) => {
    await page.getByTestId(`nav-${screen}`).click();
    await page.locator(`[data-testid="nav-${screen}"][aria-current="page"]`).waitFor();
  };

  it('edits a service with a live preview, refuses a broken edit, publishes, and rolls back', async () => {
    await open('catalog');
    await page.getByTestId('general-editor').waitFor();
    await checkBothLanguages(page, 'catalog, general');
    await page.getByTestId('part-ktp-el').click();
    await page.getByTestId('service-editor').waitFor();
    await checkBothLanguages(page, 'catalog, service');
    await page.getByTestId('service-name-id').fill('');
    await page.getByTestId('catalog-problems').waitFor();
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    expect(await page.getByTestId('catalog-problems').textContent()).toContain('service_name.id');
    await page.getByTestId('service-name-id').fill('KTP elektronik baru');
    await page.getByTestId('duration-id').fill('3 hari kerja');
    await page.getByTestId('catalog-valid').waitFor();
    expect(await page.getByTestId('preview-question').textContent()).toContain('KTP elektronik baru');
    expect(await page.getByTestId('preview-receipt').textContent()).toContain('3 hari kerja');
    await page.getByTestId('preview-language').selectOption('en');
    expect(await page.getByTestId('preview-question').textContent()).toContain('Electronic ID card');
    await page.getByTestId('publish-note').fill('nama KTP');
    await page.getByTestId('publish').click();
    await page.getByTestId('catalog-done').waitFor();
    const current = await hub.admin.call('GET', '/api/v1/catalog');
    expect(current.body.version).toBe('2');
    expect(current.body.catalog.services[0].service_name.id).toBe('KTP elektronik baru');
    await page.getByTestId('make-current-1').click();
    await page.getByTestId('make-current-2').waitFor();
    expect((await hub.admin.call('GET', '/api/v1/catalog')).body.version).toBe('1');
    await hub.kiosk.pull();
    expect(hub.kiosk.catalogVersion).toBe('1');
  });

  it('creates a kiosk, shows its enrolment code as a QR code, and revokes it', async () => {
    await open('fleet');
    await page.getByTestId('fleet-rows').waitFor();
    await checkBothLanguages(page, 'fleet');
    await page.getByTestId('kiosk-create').click();
    const dialog = page.getByTestId('create-kiosk');
    await checkBothLanguages(page, 'create kiosk', () => page.getByTestId('kiosk-create').click());
    await dialog.getByTestId('kiosk-create-submit').click();
    expect(await dialog.getByText('Wajib diisi.').count()).toBe(3);
    const before = (await hub.admin.call('GET', '/api/v1/fleet')).body.kiosks.length;
    expect(before).toBe(1);
    await dialog.getByTestId('kiosk-name').fill('Kios Pasar Baru');
    await dialog.getByTestId('kiosk-unit').fill('MPP Kota Uji');
    await dialog.getByTestId('kiosk-address').fill('Jl. Pasar Baru No. 2');
    await dialog.getByTestId('kiosk-create-submit').click();
    await dialog.getByTestId('enrolment-qr').waitFor();
    const code = await dialog.getByTestId('enrolment-code').textContent();
    expect(code).toMatch(/^[23456789ACDEFHJKMNPRTWX]{4}(-[23456789ACDEFHJKMNPRTWX]{4}){3}$/);
    expect(await dialog.getByTestId('enrolment-qr').evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(
      true,
    );
    await checkBothLanguages(page, 'enrolment code');
    await page.keyboard.press('Escape');
    const fleet = (await hub.admin.call('GET', '/api/v1/fleet')).body.kiosks as { prefix: string; name: string }[];
    const made = fleet.find((k) => k.name === 'Kios Pasar Baru')!;
    await page.getByTestId(`revoke-${made.prefix}`).click();
    await page.getByTestId('revoke-submit').click();
    await page.getByTestId('revoke-dialog').getByText('Wajib diisi.').waitFor();
    await page.getByTestId('revoke-reason').fill('dipindah ke gedung lain');
    await page.getByTestId('revoke-submit').click();
    await page.getByTestId(`kiosk-${made.prefix}`).getByText('Dicabut').first().waitFor();
  });

  it('issues an Open311 key once, and manages accounts', async () => {
    await open('partners');
    await page.getByTestId('partner-rows').waitFor();
    await page.getByTestId('partner-issue').click();
    await page.getByTestId('partner-name').fill('Portal Warga');
    await page.getByTestId('partner-contact').fill('Diskominfo');
    await page.getByTestId('partner-submit').click();
    const key = await page.getByTestId('api-key').textContent();
    expect(key).toMatch(/^s311_/);
    await page.keyboard.press('Escape');
    await checkBothLanguages(page, 'partners');
    await open('accounts');
    await page.getByTestId('account-rows').waitFor();
    await checkBothLanguages(page, 'accounts');
    await page.getByTestId('account-create').click();
    await page.getByTestId('account-username').fill('Bukan Nama');
    await page.getByTestId('account-submit').click();
    await page.getByText('2–40 huruf kecil').waitFor();
    expect((await hub.admin.call('GET', '/api/v1/accounts')).body.accounts).toHaveLength(3);
    await page.keyboard.press('Escape');
  });

  it('draws the dashboard and exports what it shows', async () => {
    await open('dashboard');
    await page.getByTestId('chart-per-day').locator('canvas').waitFor();
    await checkBothLanguages(page, 'dashboard');
    const href = await page.getByTestId('dash-export').getAttribute('href');
    // fetch's text() drops the byte-order mark the file starts with.
    const csv = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(csv.split('\r\n')[0]).toBe(
      'tracking_code,kiosk,kiosk_name,channel,service_code,status,requested_at,status_changed_at,queue_day,counter,queue_number,assigned_unit',
    );
    expect(csv.trim().split('\r\n').length).toBeGreaterThan(2);
  });

  it('shows and filters the audit trail', async () => {
    await open('audit');
    await page.getByTestId('audit-rows').waitFor();
    await checkBothLanguages(page, 'audit');
    await page.getByTestId('audit-action').fill('catalog.published');
    await expect.poll(() => page.getByTestId('audit-rows').locator('tbody tr').count()).toBe(2);
    await page.getByTestId('audit-rows').getByText('catalog 2').waitFor();
  });
});
