/**
 * Staff at the kiosk through the API both transports serve: a real kiosk (SQLite file, data
 * key, print queue) and, where printing matters, a virtual printer on a real socket.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyTrail } from '../../../main/audit/verify-trail.ts';
import { auditPage } from '../../../main/store/audit-repo.ts';
import type { KioskSettings } from '../../../preload/contract.ts';
import { readEscPos } from '../../fixtures/escpos-reader.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';
import { startVirtualPrinter, type VirtualPrinter } from '../../fixtures/virtual-printer.ts';
import { kioskWithStaff, OFFICER, OPERATOR } from './harness/kiosk-with-staff.ts';

const printers: VirtualPrinter[] = [];
afterEach(async () => {
  for (const p of printers.splice(0)) await p.close();
});

describe('staff sign-in and sessions', () => {
  it('give the console to an operator only, and end with the sign-out', async () => {
    const { call, signIn } = await kioskWithStaff();
    expect(await call('console.devices', { token: 'x'.repeat(43) })).toMatchObject({
      ok: false,
      code: 'staffSignedOut',
    });
    const officer = await signIn(OFFICER);
    expect(await call('console.devices', { token: officer })).toMatchObject({ ok: false, code: 'notAllowed' });
    expect(await call('staff.helpCalls', { token: officer })).toMatchObject({ ok: true, value: { calls: [] } });

    const operator = await signIn(OPERATOR);
    // One session at a time: the operator's sign-in ended the officer's.
    expect(await call('staff.helpCalls', { token: officer })).toMatchObject({ ok: false, code: 'staffSignedOut' });
    expect(await call('console.devices', { token: operator })).toMatchObject({
      ok: true,
      value: { status: { printer: { configured: false } }, jobs: [] },
    });
    expect(await call('staff.signOut', { token: operator, idle: false })).toMatchObject({ ok: true });
    expect(await call('console.devices', { token: operator })).toMatchObject({ ok: false, code: 'staffSignedOut' });
  });

  it('says before the PIN whether a badge is unknown or locked', async () => {
    const { call } = await kioskWithStaff();
    expect(await call('staff.check', { who: { badge: 'STAFF-NOBODY' } })).toMatchObject({
      value: { state: 'unknown' },
    });
    for (let i = 0; i < 5; i++) await call('staff.signIn', { who: { badge: OFFICER.badge }, pin: '000000' });
    const check = await call<{ state: string; until: string }>('staff.check', { who: { badge: OFFICER.badge } });
    expect(check.value.state).toBe('locked');
    expect(Date.parse(check.value.until) - Date.now()).toBeGreaterThan(4 * 60_000);
  });
});

describe('assisted requests and calls for staff', () => {
  it('record the officer on the request, the receipt, the trail and the event for the hub', async () => {
    const printer = await startVirtualPrinter();
    printers.push(printer);
    const { kiosk, call, signIn } = await kioskWithStaff({ KIOSK_PRINTER: printer.url });
    const printed = async (n: number) => {
      await printer.waitForCuts(n);
      return readEscPos(printer.jobs()[n - 1]!).text.replace(/\s+/g, ' ');
    };
    const token = await signIn(OFFICER);
    const submitted = await call<{ trackingCode: string }>('requests.submit', { ...KK_UBAH, staffToken: token });
    expect(submitted.ok).toBe(true);
    const by = `${OFFICER.name} (${OFFICER.staffNumber})`;
    expect(await printed(1)).toContain(`Dibantu oleh petugas: ${by}`);
    const code = submitted.value.trackingCode.replaceAll('-', '');
    expect(kiosk.db.prepare('SELECT assisted_by FROM requests WHERE tracking_code = ?').pluck().get(code)).toBe(by);
    expect(auditPage(kiosk.db, null, 1)[0]).toMatchObject({
      action: 'request.assisted',
      actor: OFFICER.staffNumber,
      subject: code,
    });
    const { eventsAfter } = await import('../../../main/store/sync-repo.ts');
    const event = eventsAfter(kiosk.db, 0, 100).find((e) => e.kind === 'request.created')!;
    expect(event.data.assistedBy).toBe(by);

    // A citizen alone: nothing about staff.
    expect(await call('requests.submit', KK_UBAH)).toMatchObject({ ok: true });
    expect(await printed(2)).not.toContain('Dibantu oleh petugas');
    // A token that is no longer signed in is refused, not dropped silently.
    await call('staff.signOut', { token, idle: false });
    expect(await call('requests.submit', { ...KK_UBAH, staffToken: token })).toMatchObject({
      ok: false,
      code: 'staffSignedOut',
    });
  });

  it('list open calls for the officer, and tell the citizen’s screen when one is attended', async () => {
    const { kiosk, call, signIn } = await kioskWithStaff();
    const attended: unknown[] = [];
    kiosk.events.subscribe((event, payload) => event === 'help.attended' && attended.push(payload));
    const first = await call<{ id: number }>('help.call', { screen: 'services' });
    await call('help.call', { screen: 'question:nik', serviceCode: 'kk-ubah' });
    const token = await signIn(OFFICER);
    const calls = await call<{ calls: { id: number; screen: string; serviceCode: string | null }[] }>(
      'staff.helpCalls',
      { token },
    );
    expect(calls.value.calls.map((c) => [c.screen, c.serviceCode])).toEqual([
      ['services', null],
      ['question:nik', 'kk-ubah'],
    ]);
    expect(await call('staff.attendHelp', { token, id: first.value.id })).toMatchObject({ ok: true });
    expect(attended).toEqual([{ id: first.value.id }]);
    expect((await call<{ calls: unknown[] }>('staff.helpCalls', { token })).value.calls).toHaveLength(1);
    expect(await call('staff.attendHelp', { token, id: first.value.id })).toMatchObject({
      ok: false,
      code: 'notFound',
    });
  });
});

describe('the operator console', () => {
  it('reprints only as a copy and records who asked', async () => {
    const printer = await startVirtualPrinter();
    printers.push(printer);
    const { kiosk, call, signIn } = await kioskWithStaff({ KIOSK_PRINTER: printer.url });
    const submitted = await call<{ trackingCode: string }>('requests.submit', KK_UBAH);
    await printer.waitForCuts(1);
    const token = await signIn(OPERATOR);
    expect(await call('console.reprint', { token, trackingCode: submitted.value.trackingCode })).toMatchObject({
      ok: true,
    });
    await printer.waitForCuts(2);
    expect(printer.completedOriginals()).toHaveLength(1);
    expect(readEscPos(printer.jobs().at(-1)!).text).toMatch(/SALINAN/);
    expect(auditPage(kiosk.db, null, 1)[0]).toMatchObject({
      action: 'printing.reprint',
      actor: OPERATOR.staffNumber,
      subject: submitted.value.trackingCode.replaceAll('-', ''),
    });
  });

  it('keeps the old printer when the new one does not answer, and moves receipts to one that prints', async () => {
    const printer = await startVirtualPrinter();
    printers.push(printer);
    // No KIOSK_NAME: the console may name the kiosk.
    const { kiosk, call, signIn } = await kioskWithStaff({ KIOSK_NAME: '' });
    const token = await signIn(OPERATOR);
    const view = (await call<{ values: KioskSettings; fixed: object }>('console.settings', { token })).value;
    expect(view.values.printer).toEqual({ kind: 'none' });
    expect(view.fixed).toEqual({ kioskName: null, printer: null, announcements: null });

    const silent = { ...view.values, printer: { kind: 'network', host: '127.0.0.1', port: 9, paper: 80 } };
    expect(await call('console.saveSettings', { token, settings: silent })).toMatchObject({
      ok: true,
      value: { outcome: 'printerFailed', health: 'unknown' },
    });
    expect((await call<{ values: KioskSettings }>('console.settings', { token })).value.values.printer).toEqual({
      kind: 'none',
    });

    const good = {
      ...view.values,
      kioskName: 'Kios Lobi Timur',
      printer: { kind: 'network', host: '127.0.0.1', port: printer.port, paper: 80 },
    };
    expect(await call('console.saveSettings', { token, settings: good })).toMatchObject({
      ok: true,
      value: { outcome: 'saved' },
    });
    // The test page came out on the new printer before anything was saved.
    expect(readEscPos(printer.jobs()[0]!).text).toMatch(/Cetak uji/);
    await call('requests.submit', KK_UBAH);
    await printer.waitForCuts(2);
    expect(readEscPos(printer.jobs().at(-1)!).text).toMatch(/Kios Lobi Timur/);
    const entry = auditPage(kiosk.db, null, 1)[0]!;
    expect(entry).toMatchObject({ action: 'settings.changed', actor: OPERATOR.staffNumber });
    expect(JSON.parse(entry.detail)).toMatchObject({
      kioskName: { to: 'Kios Lobi Timur' },
      printer: { to: printer.url },
    });
  });

  it('runs training in its own database: marked codes and receipts, nothing for the hub, wiped by a button', async () => {
    const printer = await startVirtualPrinter();
    printers.push(printer);
    const { kiosk, call, signIn, usb } = await kioskWithStaff({ KIOSK_PRINTER: printer.url });
    const token = await signIn(OPERATOR);
    const eventsBefore = kiosk.db.prepare('SELECT count(*) FROM outbox').pluck().get();
    expect(await call('console.training', { token, on: true })).toMatchObject({ value: { training: true } });
    expect(await call('kiosk.info', {})).toMatchObject({ value: { training: true } });
    const trained = await call<{ trackingCode: string }>('requests.submit', KK_UBAH);
    expect(trained.value.trackingCode).toMatch(/^TRN/);
    await printer.waitForCuts(1);
    // Marked at its top and bottom, its note above the mark in the largest letters.
    const lines = readEscPos(printer.jobs()[0]!)
      .text.split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.slice(0, 2)).toEqual(['Struk latihan: bukan permohonan sungguhan.', 'PELATIHAN / TRAINING']);
    expect(lines.slice(-2)).toEqual(['Struk latihan: bukan permohonan sungguhan.', 'PELATIHAN / TRAINING']);
    expect(await call('requests.status', { trackingCode: trained.value.trackingCode })).toMatchObject({ ok: true });
    // The kiosk's own database has no request and no event for the hub from training.
    expect(kiosk.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
    const kinds = kiosk.db.prepare('SELECT kind FROM outbox WHERE id > ?').pluck().all(eventsBefore);
    expect(kinds.every((k) => k === 'audit.recorded')).toBe(true);

    await call('console.wipeTraining', { token });
    expect(await call('requests.status', { trackingCode: trained.value.trackingCode })).toMatchObject({
      ok: false,
      code: 'notFound',
    });
    await call('console.training', { token, on: false });
    const real = await call<{ trackingCode: string }>('requests.submit', KK_UBAH);
    expect(real.value.trackingCode).toMatch(/^K3A/);
    expect(
      auditPage(kiosk.db, null, 5)
        .map((e) => e.action)
        .slice(0, 3),
    ).toEqual(['training.ended', 'training.wiped', 'training.started']);
    expect(readdirSync(usb)).toEqual([]);
  });

  it('counts requests, calls for staff and print faults per day, exports them as CSV to the drive, and shows the trail whole', async () => {
    const { kiosk, call, signIn, usb } = await kioskWithStaff();
    await call('requests.submit', KK_UBAH);
    await call('requests.submit', KK_UBAH);
    await call('help.call', { screen: 'services' });
    const token = await signIn(OPERATOR);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const stats = await call<{ requests: { n: number; serviceCode: string }[]; helpCalls: { n: number }[] }>(
      'console.stats',
      { token, from: today, to: today },
    );
    expect(stats.value.requests).toEqual([{ day: today, serviceCode: 'kk-ubah', counter: 'A', n: 2 }]);
    expect(stats.value.helpCalls).toEqual([{ day: today, n: 1 }]);
    expect(await call('console.stats', { token, from: '2025-01-01', to: '2026-12-31' })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });

    const exported = await call<{ file: string; rows: number }>('console.exportStats', {
      token,
      from: today,
      to: today,
    });
    expect(exported.value.rows).toBe(2);
    expect(readdirSync(usb)).toEqual([`serambi-statistik-K3A-${today}-${today}.csv`]);
    expect(readFileSync(join(usb, readdirSync(usb)[0]!), 'utf8')).toContain(`${today},requests,kk-ubah,`);

    const trail = await call<{ entries: { action: string; actorName: string | null }[]; verdict: { ok: boolean } }>(
      'console.audit',
      { token, before: null },
    );
    expect(trail.value.verdict.ok).toBe(true);
    expect(trail.value.entries[0]).toMatchObject({ action: 'stats.exported', actorName: OPERATOR.name });
    expect(verifyTrail(kiosk.db).ok).toBe(true);
  });

  it('adds a local account, refusing a staff number or badge already taken, and reports that browser mode cannot quit', async () => {
    const { call, signIn } = await kioskWithStaff();
    const token = await signIn(OPERATOR);
    const account = {
      token,
      staffNumber: '2001',
      name: 'Rina Baru',
      role: 'officer',
      badge: 'STAFF-R1',
      pin: '112233',
    };
    expect(await call('console.addAccount', account)).toMatchObject({ value: { outcome: 'added' } });
    expect(await call('console.addAccount', account)).toMatchObject({
      value: { outcome: 'refused', problem: 'staffNumberTaken' },
    });
    expect(await call('console.addAccount', { ...account, staffNumber: '2002' })).toMatchObject({
      value: { outcome: 'refused', problem: 'badgeTaken' },
    });
    expect(await call('console.addAccount', { ...account, staffNumber: '2002', badge: 'R1' })).toMatchObject({
      value: { outcome: 'refused', problem: 'badgePrefix' },
    });
    expect(await call('console.addAccount', { ...account, staffNumber: '2002', pin: '12345' })).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
    const accounts = await call<{ accounts: { name: string }[] }>('console.accounts', { token });
    expect(accounts.value.accounts.map((a) => a.name)).toContain('Rina Baru');
    expect(await call('staff.signIn', { who: { staffNumber: '2001' }, pin: '112233' })).toMatchObject({
      value: { outcome: 'signedIn' },
    });

    const operator = await signIn(OPERATOR);
    expect(await call('console.exit', { token: operator })).toMatchObject({ ok: true, value: { exiting: false } });
  });
});
