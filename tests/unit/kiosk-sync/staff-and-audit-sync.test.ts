/**
 * Staff accounts from the hub to kiosks, and kiosks' audit trails to the hub, with the
 * kiosk's own sync code against a real hub on PostgreSQL and PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kiosk } from '../../../main/open-kiosk.ts';
import { verifyTrail } from '../../../main/audit/verify-trail.ts';
import { entryHash, GENESIS_HASH } from '../../../main/audit/audit-chain.ts';
import { STORE_KINDS } from '../hub/harness/test-database.ts';
import { startTestHub, type TestHub } from '../hub/harness/test-hub.ts';
import { call, kioskAt, type EnrolledKiosk } from './harness/kiosk-at-hub.ts';

const OFFICER = {
  staffNumber: '199002022015022002',
  name: 'Siti Petugas',
  role: 'officer',
  badge: 'STAFF-OF2',
  pin: '246802',
};

describe.each(STORE_KINDS)('staff and the audit trail between kiosks and a hub on %s', (kind) => {
  let hub: TestHub;
  const kiosks: Kiosk[] = [];
  const enrolled = async (): Promise<EnrolledKiosk> => {
    const made = await kioskAt(hub, { KIOSK_BADGE_PREFIX: 'STAFF-' });
    kiosks.push(made.kiosk);
    return made;
  };
  beforeAll(async () => {
    hub = await startTestHub(kind, 'kiosk_staff');
  });
  afterAll(async () => {
    for (const kiosk of kiosks) await kiosk.close();
    await hub?.close();
  });

  it('sends the hub’s staff to every kiosk, where they sign in with their PIN; a disabled account is refused after the next sync', async () => {
    const created = await hub.admin.call('POST', '/api/v1/kiosk-staff', OFFICER);
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain(OFFICER.pin);
    const refused = await hub.admin.call('POST', '/api/v1/kiosk-staff', { ...OFFICER, pin: '12345' });
    expect(refused.status).toBe(400);

    const { kiosk } = await enrolled();
    const signIn = () => call(kiosk, 'staff.signIn', { who: { badge: OFFICER.badge }, pin: OFFICER.pin });
    expect(await signIn()).toMatchObject({ outcome: 'signedIn', session: { name: OFFICER.name, role: 'officer' } });
    // The kiosk keeps the PIN keyed with its own pepper, not as the hub sent it.
    const row = kiosk.db
      .prepare('SELECT source, pin_hash FROM staff_accounts WHERE staff_number = ?')
      .get(OFFICER.staffNumber) as {
      source: string;
      pin_hash: Buffer;
    };
    expect(row.source).toBe('hub');
    const [sent] = (await hub.store.query('SELECT pin_stretched FROM kiosk_staff WHERE staff_number = $1', [
      OFFICER.staffNumber,
    ])) as { pin_stretched: Buffer }[];
    expect(Buffer.from(sent!.pin_stretched).equals(row.pin_hash)).toBe(false);

    // Wrong PINs at the kiosk are not forgotten when the roster comes again.
    for (let i = 0; i < 2; i++) await call(kiosk, 'staff.signIn', { who: { badge: OFFICER.badge }, pin: '000000' });
    const disabled = await hub.admin.call('PATCH', `/api/v1/kiosk-staff/${OFFICER.staffNumber}`, {
      disabledReason: 'moved to another office',
    });
    expect(disabled.status).toBe(200);
    await kiosk.sync.runRound();
    expect(await signIn()).toEqual({ outcome: 'disabled' });
    const lock = kiosk.db
      .prepare('SELECT failed_tries FROM staff_accounts WHERE staff_number = ?')
      .pluck()
      .get(OFFICER.staffNumber);
    expect(lock).toBe(2);

    await hub.admin.call('PATCH', `/api/v1/kiosk-staff/${OFFICER.staffNumber}`, {
      disabledReason: null,
      pin: '864200',
    });
    await kiosk.sync.runRound();
    expect(
      await call(kiosk, 'staff.signIn', { who: { staffNumber: OFFICER.staffNumber }, pin: '864200' }),
    ).toMatchObject({
      outcome: 'signedIn',
    });
    const hubTrail = await hub.admin.call('GET', '/api/v1/audit?action=kiosk-staff.changed');
    expect(hubTrail.body.entries).toHaveLength(2);
    expect(JSON.stringify(hubTrail.body)).not.toContain('864200');
  });

  it('keeps a copy of each kiosk’s audit trail at the hub, entry by entry with its hash chain', async () => {
    const { kiosk, prefix } = await enrolled();
    await call(kiosk, 'staff.signIn', { who: { badge: OFFICER.badge }, pin: '111111' });
    await call(kiosk, 'staff.signIn', { who: { badge: 'STAFF-NOBODY' }, pin: '111111' });
    await kiosk.sync.runRound();
    expect(verifyTrail(kiosk.db).ok).toBe(true);

    const answer = await hub.admin.call('GET', `/api/v1/kiosk-audit?kiosk=${prefix}`);
    expect(answer.status).toBe(200);
    const entries = answer.body.entries as {
      id: number;
      action: string;
      actor: string | null;
      actorName: string | null;
    }[];
    expect(entries.map((e) => e.action)).toEqual(['staff.signInUnknown', 'staff.pinWrong']);
    expect(entries[1]).toMatchObject({ actor: OFFICER.staffNumber, actorName: OFFICER.name });

    // The hub's copy links up as the kiosk's does: the agency can check it without the kiosk.
    const rows = (await hub.store.query(
      `SELECT entry_id, at, actor, action, subject, detail, prev_hash, hash FROM kiosk_audit a JOIN kiosks k USING (kiosk_id)
       WHERE k.prefix = $1 ORDER BY entry_id`,
      [prefix],
    )) as {
      entry_id: string;
      at: Date;
      actor: string | null;
      action: string;
      subject: string | null;
      detail: string;
      prev_hash: string;
      hash: string;
    }[];
    let previous = GENESIS_HASH;
    for (const r of rows) {
      expect(r.prev_hash).toBe(previous);
      const at = kiosk.db.prepare('SELECT at FROM audit_trail WHERE id = ?').pluck().get(Number(r.entry_id)) as string;
      expect(
        entryHash(
          Number(r.entry_id),
          { at, actor: r.actor, action: r.action, subject: r.subject, detail: r.detail },
          r.prev_hash,
        ),
      ).toBe(r.hash);
      previous = r.hash;
    }
    await expect(hub.store.query('DELETE FROM kiosk_audit')).rejects.toThrow(/never changed or removed/);
  });
});
