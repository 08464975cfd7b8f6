/**
 * What the agency API gained for the console: lockout after wrong passwords, the observer
 * role, the overdue filter, CSV exports, the catalog check, the finished-on-time counts and
 * the console's files with their Content Security Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniCatalog, testService } from '../../../fixtures/mini-catalog.ts';
import type { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { AgencyClient } from '../harness/agency-client.ts';
import { STORE_KINDS } from '../harness/test-database.ts';
import { startTestHub, type TestHub } from '../harness/test-hub.ts';

const PASSWORD = 'kata-sandi-uji-konsol';
const service = (code: string, counter: string, days: number) =>
  testService(code, counter, miniCatalog.services[0]!.fields, {
    standard: { ...miniCatalog.services[0]!.standard, promisedWorkingDays: days },
  });

describe.each(STORE_KINDS)('the console’s API on %s', (kind) => {
  let hub: TestHub;
  let kiosk: SimKiosk;
  let observer: AgencyClient;
  const day = 86_400_000;
  beforeAll(async () => {
    hub = await startTestHub(kind, 'console_api');
    const catalog = { ...miniCatalog, services: [service('ktp-el', 'A', 2), service('kk-baru', 'B', 300)] };
    const published = await hub.admin.call('POST', '/api/v1/catalog/versions', { catalog, note: '' });
    expect(published.status).toBe(201);
    for (const [username, role] of [
      ['pemantau', 'observer'],
      ['agen', 'agent'],
    ]) {
      await hub.admin.call('POST', '/api/v1/accounts', { username, displayName: username, role, password: PASSWORD });
    }
    observer = new AgencyClient(hub.url);
    await observer.signIn('pemantau', PASSWORD);
    kiosk = await hub.enrolledKiosk();
    kiosk.file(3, new Date(Date.now() - 30 * day));
    kiosk.file(3, new Date(Date.now() - 60_000));
    await kiosk.push();
  });
  afterAll(() => hub?.close());
  const codes = () =>
    kiosk.events.filter((e) => e.kind === 'request.created').map((e) => e.data.trackingCode as string);

  it('locks an account after five wrong passwords in a row, says until when, and lets an admin unlock it', async () => {
    const stranger = new AgencyClient(hub.url);
    const tries = [];
    for (let i = 0; i < 6; i++)
      tries.push(await stranger.call('POST', '/api/v1/session', { username: 'agen', password: `salah-${i}-sekali` }));
    expect(tries.map((t) => t.status)).toEqual([401, 401, 401, 401, 403, 403]);
    expect(tries[4]!.body.error).toMatchObject({ code: 'forbidden', facts: { locked: 'wrong-passwords' } });
    expect(tries[4]!.body.error.message).toMatch(/^This account is locked for 15 more minutes after 5 wrong passwords/);
    const right = await stranger.call('POST', '/api/v1/session', { username: 'agen', password: PASSWORD });
    expect(right.status).toBe(403);
    const accounts = (await hub.admin.call('GET', '/api/v1/accounts')).body.accounts;
    const agent = accounts.find((a: { username: string }) => a.username === 'agen');
    expect(agent.lockedUntil).not.toBeNull();
    await hub.admin.call('PATCH', `/api/v1/accounts/${agent.id}`, { disabledReason: null });
    expect((await stranger.call('POST', '/api/v1/session', { username: 'agen', password: PASSWORD })).status).toBe(200);
    const audit = await hub.admin.call('GET', '/api/v1/audit?action=account.locked-out');
    expect(audit.body.entries).toHaveLength(1);
  });

  it('lets an observer read without personal data, and change nothing', async () => {
    const [code] = codes();
    const seen = await observer.call('GET', `/api/v1/requests/${code}`);
    expect(seen.body.request.answers).toEqual({});
    expect(seen.body.request.hiddenFields.sort()).toEqual(Object.keys(kiosk.events[0]!.data.answers as object).sort());
    expect(seen.body.nextStatuses).toEqual(['processing', 'ready', 'done', 'rejected']);
    const change = await observer.call('POST', `/api/v1/requests/${code}/status`, { status: 'done', reason: 'x' });
    expect(change.status).toBe(403);
    expect((await observer.call('PUT', `/api/v1/requests/${code}/unit`, { unit: 'x' })).status).toBe(403);
    const byAdmin = await hub.admin.call('GET', `/api/v1/requests/${code}`);
    expect(byAdmin.body.request.hiddenFields).toEqual([]);
  });

  it('filters overdue requests by their service’s promised working days', async () => {
    const overdue = await observer.call('GET', '/api/v1/requests?overdue=true');
    // A month old with two promised days is overdue; with 300 days, or filed a minute ago, it is not.
    const month = kiosk.events.slice(0, 4).filter((e) => e.kind === 'request.created');
    const expected = month
      .filter((e) => e.data.serviceCode === 'ktp-el')
      .map((e) => e.data.trackingCode)
      .sort();
    expect(overdue.body.requests.map((r: { trackingCode: string }) => r.trackingCode).sort()).toEqual(expected);
    const [first] = expected as string[];
    await hub.admin.call('POST', `/api/v1/requests/${first}/status`, { status: 'done', reason: 'selesai' });
    const after = await observer.call('GET', '/api/v1/requests?overdue=true');
    expect(after.body.requests.map((r: { trackingCode: string }) => r.trackingCode)).not.toContain(first);
    expect((await observer.call('GET', '/api/v1/requests?overdue=maybe')).status).toBe(400);
  });

  it('counts requests finished within the promised time', async () => {
    const from = new Date(Date.now() - 40 * day).toISOString();
    const to = new Date(Date.now() + day).toISOString();
    const stats = await observer.call('GET', `/api/v1/stats?from=${from}&to=${to}`);
    expect(stats.body.onTime).toEqual([{ serviceCode: 'ktp-el', done: 1, onTime: 0 }]);
  });

  it('exports the filtered list without answers, and the audit trail, both audited', async () => {
    const response = await fetch(`${hub.url}/api/v1/requests/export.csv?service=ktp-el`, {
      headers: { authorization: `Bearer ${observer.token}` },
    });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(1 + codes().filter((_, i) => (i + 1) % 3 !== 0).length);
    for (const answer of Object.values(kiosk.events[0]!.data.answers as object))
      expect(lines.join()).not.toContain(answer);
    const audit = await fetch(`${hub.url}/api/v1/audit/export.csv?action=requests.exported`, {
      headers: { authorization: `Bearer ${hub.admin.token}` },
    });
    expect((await audit.text()).split('\r\n')[1]).toContain('requests.exported');
    expect((await observer.call('GET', '/api/v1/audit/export.csv')).status).toBe(403);
  });

  it('checks a catalog with the kiosks’ own checks without publishing it', async () => {
    const versions = (await hub.admin.call('GET', '/api/v1/catalog/versions')).body.versions.length;
    const broken = { ...miniCatalog, counters: [] };
    const refused = await hub.admin.call('POST', '/api/v1/catalog/check', { catalog: broken });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'catalog-invalid' } } });
    expect(refused.body.error.problems.length).toBeGreaterThan(0);
    expect((await hub.admin.call('POST', '/api/v1/catalog/check', { catalog: miniCatalog })).body).toEqual({
      ok: true,
    });
    expect((await hub.admin.call('GET', '/api/v1/catalog/versions')).body.versions).toHaveLength(versions);
    expect((await observer.call('POST', '/api/v1/catalog/check', { catalog: miniCatalog })).status).toBe(403);
  });

  it('serves the console under a strict Content Security Policy, and leads / to it', async () => {
    const root = await fetch(`${hub.url}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/console/');
    const page = await fetch(`${hub.url}/console/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${hub.url}/console/../../package.json`)).status).toBe(404);
  });
});
