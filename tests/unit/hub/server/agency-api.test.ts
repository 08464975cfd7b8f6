import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniCatalog } from '../../../fixtures/mini-catalog.ts';
import type { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { AgencyClient } from '../harness/agency-client.ts';
import { STORE_KINDS } from '../harness/test-database.ts';
import { ADMIN_PASSWORD, startTestHub, type TestHub } from '../harness/test-hub.ts';

const AGENT_PASSWORD = 'kata-sandi-agen-uji';

describe.each(STORE_KINDS)('agency API on %s', (kind) => {
  let hub: TestHub;
  let agent: AgencyClient;
  let kioskA: SimKiosk;
  let kioskB: SimKiosk;
  beforeAll(async () => {
    hub = await startTestHub(kind, 'agency');
    const created = await hub.admin.call('POST', '/api/v1/accounts', {
      username: 'agen.satu',
      displayName: 'Agen Satu',
      role: 'agent',
      password: AGENT_PASSWORD,
    });
    expect(created.status).toBe(201);
    agent = new AgencyClient(hub.url);
    await agent.signIn('agen.satu', AGENT_PASSWORD);
    kioskA = await hub.enrolledKiosk('Kios A');
    kioskB = await hub.enrolledKiosk('Kios B');
    kioskA.file(60, new Date('2026-11-02T01:00:00Z'));
    kioskB.file(40, new Date('2026-11-03T01:00:00Z'));
    await kioskA.push();
    await kioskB.push();
  });
  afterAll(() => hub?.close());

  const codes = (kiosk: SimKiosk) =>
    kiosk.events.filter((e) => e.kind === 'request.created').map((e) => e.data.trackingCode as string);

  describe('accounts and sessions', () => {
    it('refuses a wrong password with one sentence that does not say which part was wrong', async () => {
      const answer = await new AgencyClient(hub.url).call('POST', '/api/v1/session', {
        username: 'admin',
        password: 'salah-sekali-ya',
      });
      expect(answer).toEqual({
        status: 401,
        body: {
          error: {
            code: 'signed-in-required',
            message: 'The username or password is not right; check both and try again.',
          },
        },
      });
    });

    it('tells a locked account why, and ends its sessions', async () => {
      await hub.admin.call('POST', '/api/v1/accounts', {
        username: 'agen.dua',
        displayName: 'Agen Dua',
        role: 'agent',
        password: AGENT_PASSWORD,
      });
      const two = new AgencyClient(hub.url);
      await two.signIn('agen.dua', AGENT_PASSWORD);
      const list = await hub.admin.call('GET', '/api/v1/accounts');
      const id = list.body.accounts.find((a: { username: string }) => a.username === 'agen.dua').id;
      await hub.admin.call('PATCH', `/api/v1/accounts/${id}`, { disabledReason: 'moved to another office' });
      expect((await two.call('GET', '/api/v1/session')).status).toBe(401);
      const again = await new AgencyClient(hub.url).call('POST', '/api/v1/session', {
        username: 'agen.dua',
        password: AGENT_PASSWORD,
      });
      expect(again.body.error.message).toBe(
        'This account is locked: moved to another office. Ask an admin to unlock it.',
      );
    });

    it('ends a session after its time and after signing out', async () => {
      const client = new AgencyClient(hub.url);
      await client.signIn('agen.satu', AGENT_PASSWORD);
      expect((await client.call('GET', '/api/v1/session')).body.username).toBe('agen.satu');
      const tokenHash = createHash('sha256').update(client.token!).digest('hex');
      await hub.store.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
        tokenHash,
      ]);
      expect((await client.call('GET', '/api/v1/session')).status).toBe(401);
      const signedOut = new AgencyClient(hub.url);
      await signedOut.signIn('agen.satu', AGENT_PASSWORD);
      expect((await signedOut.call('DELETE', '/api/v1/session')).status).toBe(204);
      expect((await signedOut.call('GET', '/api/v1/session')).body.error.code).toBe('signed-in-required');
    });

    it('keeps admin work from agents, and refuses weak passwords and taken usernames', async () => {
      expect(await agent.call('POST', '/api/v1/kiosks', { name: 'x', serviceUnit: 'y', address: 'z' })).toMatchObject({
        status: 403,
        body: { error: { message: 'This needs an admin account; ask an admin.' } },
      });
      const weak = await hub.admin.call('POST', '/api/v1/accounts', {
        username: 'lemah',
        displayName: 'L',
        role: 'agent',
        password: 'pendek',
      });
      expect(weak.body.error.message).toBe('The request body is not valid: "password" use at least 12 characters.');
      const taken = await hub.admin.call('POST', '/api/v1/accounts', {
        username: 'admin',
        displayName: 'A',
        role: 'agent',
        password: AGENT_PASSWORD,
      });
      expect(taken).toMatchObject({
        status: 409,
        body: { error: { message: 'An account named admin already exists; choose another username.' } },
      });
    });

    it('never leaves the hub without an admin', async () => {
      const me = await hub.admin.call('GET', '/api/v1/session');
      const answer = await hub.admin.call('PATCH', `/api/v1/accounts/${me.body.id}`, { role: 'agent' });
      expect(answer).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
      expect((await hub.admin.call('GET', '/api/v1/session')).body.role).toBe('admin');
    });

    it('slows down guessing at the sign-in door', async () => {
      // Counts slide across clock minutes, the last minute's hits weighted by what is left of it:
      // across a minute's turn the count is not exact, so then the guesses are made once more.
      const minute = () => Math.floor(Date.now() / 60_000);
      for (;;) {
        const startedIn = minute();
        const guarded = await startTestHub(kind, 'sign_in_limit', { signIn: 3, enrol: 3, kioskCalls: 100 });
        try {
          const stranger = new AgencyClient(guarded.url);
          const tries = [];
          for (let i = 0; i < 4; i++)
            tries.push(
              await stranger.call('POST', '/api/v1/session', { username: 'admin', password: 'tebak-tebak-' + i }),
            );
          if (minute() !== startedIn) continue;
          // The harness signed in once already, so the third guess is the limit.
          expect(tries.map((t) => t.status)).toEqual([401, 401, 429, 429]);
          expect(tries[3]!.body.error.message).toMatch(
            /^Too many attempts from this address; wait \d+ (seconds?|minute) and try again\.$/,
          );
          return;
        } finally {
          await guarded.close();
        }
      }
    });
  });

  describe('requests', () => {
    it('lists requests newest first across kiosks, in pages that miss nothing and repeat nothing', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const query: string = after ? `?limit=25&after=${after}` : '?limit=25';
        const page = await agent.call('GET', `/api/v1/requests${query}`);
        seen.push(...page.body.requests.map((r: { trackingCode: string }) => r.trackingCode));
        after = page.body.next;
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.sort()).toEqual([...codes(kioskA), ...codes(kioskB)].sort());
    });

    it('filters by service, kiosk, status, time and tracking code', async () => {
      const byKiosk = await agent.call('GET', `/api/v1/requests?kiosk=${kioskB.prefix}&limit=200`);
      expect(byKiosk.body.requests).toHaveLength(codes(kioskB).length);
      const byService = await agent.call('GET', `/api/v1/requests?service=kk-baru&kiosk=${kioskA.prefix}&limit=200`);
      expect(byService.body.requests.every((r: { serviceCode: string }) => r.serviceCode === 'kk-baru')).toBe(true);
      expect(byService.body.requests.length).toBe(kioskA.events.filter((e) => e.data.serviceCode === 'kk-baru').length);
      const window = await agent.call('GET', '/api/v1/requests?from=2026-11-02T01:00:10Z&to=2026-11-02T01:00:20Z');
      expect(window.body.requests).toHaveLength(10);
      const typed = codes(kioskA)[4]!;
      const one = await agent.call(
        'GET',
        `/api/v1/requests?tracking=${typed.slice(0, 3)}-${typed.slice(3).toLowerCase()}`,
      );
      expect(one.body.requests.map((r: { trackingCode: string }) => r.trackingCode)).toEqual([typed]);
      const bad = await agent.call('GET', '/api/v1/requests?status=lost');
      expect(bad).toMatchObject({
        status: 400,
        body: { error: { message: expect.stringMatching(/^The request query is not valid: "status\.0" /) } },
      });
      expect((await agent.call('GET', '/api/v1/requests?after=bm9wZQ')).body.error.message).toMatch(
        /start again from the first page/,
      );
    });

    it('shows one request with its answers and history, and records who looked', async () => {
      const code = codes(kioskA)[0]!;
      await agent.call('POST', `/api/v1/requests/${code}/status`, {
        status: 'processing',
        reason: 'documents checked',
      });
      const detail = await agent.call('GET', `/api/v1/requests/${code}`);
      expect(detail.body.request).toMatchObject({
        trackingCode: code,
        kiosk: { prefix: kioskA.prefix, name: 'Kios A' },
        status: 'processing',
      });
      expect(detail.body.request.answers).toEqual(kioskA.events[0]!.data.answers);
      expect(detail.body.history.map((h: { status: string; by: string | null }) => [h.status, h.by])).toEqual([
        ['received', null],
        ['processing', 'agen.satu'],
      ]);
      const audit = await hub.admin.call('GET', `/api/v1/audit?subject=${code}`);
      expect(audit.body.entries.map((e: { action: string; by: string }) => [e.action, e.by])).toContainEqual([
        'request.viewed',
        'agen.satu',
      ]);
      expect((await agent.call('GET', '/api/v1/requests/K3A22222222X')).body.error.message).toBe(
        'No request with tracking code K3A22222222X has reached the hub.',
      );
      expect((await agent.call('GET', '/api/v1/audit')).status).toBe(403);
    });

    it('refuses status changes that skip back, race another agent or reject without telling the citizen why', async () => {
      const code = codes(kioskA)[1]!;
      expect(
        (await agent.call('POST', `/api/v1/requests/${code}/status`, { status: 'done', reason: 'handed over' })).status,
      ).toBe(200);
      expect(
        (await agent.call('POST', `/api/v1/requests/${code}/status`, { status: 'processing', reason: 'oops' })).body
          .error.message,
      ).toBe(`Request ${code} is "done" and cannot become "processing".`);
      const other = codes(kioskA)[2]!;
      const raced = await agent.call('POST', `/api/v1/requests/${other}/status`, {
        status: 'ready',
        reason: 'r',
        expectedStatus: 'processing',
      });
      expect(raced).toMatchObject({
        status: 409,
        body: { error: { message: expect.stringMatching(/is now "received" \(changed meanwhile\)/) } },
      });
      const silent = await agent.call('POST', `/api/v1/requests/${other}/status`, {
        status: 'rejected',
        reason: 'incomplete',
      });
      expect(silent.body.error.message).toMatch(/"note" a rejection needs a note telling the citizen why/);
    });

    it('changes a selection all together or not at all', async () => {
      const [a, b, c] = codes(kioskB);
      await agent.call('POST', `/api/v1/requests/${c}/status`, { status: 'done', reason: 'x' });
      const refused = await agent.call('POST', '/api/v1/requests/status', {
        trackingCodes: [a, b, c],
        change: { status: 'ready', reason: 'batch' },
      });
      expect(refused.status).toBe(409);
      expect((await agent.call('GET', `/api/v1/requests/${a}`)).body.request.status).toBe('received');
      const done = await agent.call('POST', '/api/v1/requests/status', {
        trackingCodes: [a, b],
        change: { status: 'ready', reason: 'batch' },
      });
      expect(done.body).toEqual({ changed: 2 });
    });
  });

  describe('for the console', () => {
    it('assigns a request to a unit and finds it by unit', async () => {
      const code = codes(kioskB)[5]!;
      const assigned = await agent.call('PUT', `/api/v1/requests/${code}/unit`, { unit: 'Bidang Kependudukan' });
      expect(assigned.body.request.assignedUnit).toBe('Bidang Kependudukan');
      const list = await agent.call('GET', '/api/v1/requests?unit=Bidang%20Kependudukan');
      expect(list.body.requests.map((r: { trackingCode: string }) => r.trackingCode)).toEqual([code]);
    });

    it('counts requests per day and service, per kiosk and per status for the dashboard', async () => {
      const stats = await agent.call('GET', '/api/v1/stats?from=2026-11-01T00:00:00Z&to=2026-11-05T00:00:00Z');
      const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
      const all = codes(kioskA).length + codes(kioskB).length;
      expect(total(stats.body.perDay)).toBe(all);
      expect(total(stats.body.perStatus)).toBe(all);
      expect(stats.body.perKiosk).toEqual(
        expect.arrayContaining([{ kiosk: kioskB.prefix, count: codes(kioskB).length }]),
      );
      expect(stats.body.perDay[0]).toMatchObject({ day: '2026-11-02' });
      const tooLong = await agent.call('GET', '/api/v1/stats?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z');
      expect(tooLong.body.error.message).toBe('"to" must come after "from", at most 400 days later.');
    });
  });

  describe('kiosks and catalog', () => {
    it('refuses a new enrolment code for an enrolled kiosk, and revokes a kiosk with a reason', async () => {
      expect((await hub.admin.call('POST', `/api/v1/kiosks/${kioskB.prefix}/enrolment-code`)).body.error.message).toBe(
        `Kiosk ${kioskB.prefix} is already enrolled; for a new machine, create a new kiosk and revoke this one.`,
      );
      const { prefix } = await hub.admin.newKiosk('Kios Baru');
      const revoked = await hub.admin.call('POST', `/api/v1/kiosks/${prefix}/revoke`, { reason: 'never installed' });
      expect(revoked.body).toMatchObject({ state: 'revoked', revokedReason: 'never installed' });
      const fleet = await agent.call('GET', '/api/v1/fleet');
      expect(fleet.body.summary).toMatchObject({ revoked: 1 });
    });

    it('publishes only a catalog the kiosk checks would accept, naming the problem', async () => {
      const broken = structuredClone(miniCatalog);
      broken.services[0]!.counter = 'Z';
      const answer = await hub.admin.call('POST', '/api/v1/catalog/versions', { catalog: broken });
      expect(answer).toMatchObject({
        status: 422,
        body: {
          error: {
            code: 'catalog-invalid',
            message: 'Catalog being published: service "satu": "counter" "Z" is not a counter code; use one of A, B.',
          },
        },
      });
      const ok = await hub.admin.call('POST', '/api/v1/catalog/versions', { catalog: miniCatalog, note: 'first' });
      expect(ok.status).toBe(201);
      const versions = await agent.call('GET', '/api/v1/catalog/versions');
      expect(versions.body.versions[0]).toMatchObject({
        version: ok.body.version,
        current: true,
        publishedBy: 'admin',
        note: 'first',
      });
      expect((await hub.admin.call('PUT', '/api/v1/catalog/current', { version: 999 })).status).toBe(404);
    });

    it('keeps every change in an audit trail the database will not let anyone edit', async () => {
      const trail = await hub.admin.call('GET', '/api/v1/audit?limit=500');
      const actions = new Set(trail.body.entries.map((e: { action: string }) => e.action));
      for (const action of [
        'account.created',
        'kiosk.created',
        'kiosk.enrolled',
        'request.status-changed',
        'kiosk.revoked',
        'catalog.published',
        'session.started',
      ]) {
        expect(actions).toContain(action);
      }
      await expect(hub.store.query(`UPDATE audit_log SET action = 'nothing'`)).rejects.toThrow(
        /never changed or removed/,
      );
      await expect(hub.store.query('DELETE FROM audit_log')).rejects.toThrow(/never changed or removed/);
    });
  });

  it('answers an unknown route and a wrong admin password with sentences', async () => {
    expect((await agent.call('GET', '/api/v1/nothing')).body.error.message).toMatch(
      /^The hub has no GET \/api\/v1\/nothing;/,
    );
    expect(ADMIN_PASSWORD.length).toBeGreaterThanOrEqual(12);
  });
});
