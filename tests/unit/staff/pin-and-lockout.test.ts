import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../main/store/open-database.ts';
import { DataCipher } from '../../../main/secrets/data-cipher.ts';
import { hashPin, pinMatches, pepper } from '../../../main/staff/pin-hash.ts';
import { PIN_COST, stretchPin } from '../../../sync/staff-pin.ts';
import { afterWrongPin, FIRST_LOCKOUT_MS, lockedUntil, TRIES_BEFORE_LOCKOUT } from '../../../main/staff/lockout.ts';
import { checkStaff, pinPepper, signIn } from '../../../main/staff/sign-in.ts';
import { StaffSessions } from '../../../main/staff/staff-sessions.ts';
import { insertStaff, staffByNumber } from '../../../main/store/staff-repo.ts';
import { auditPage } from '../../../main/store/audit-repo.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';

function kioskWithOfficer() {
  const file = join(tempDir('staff'), 'kiosk.sqlite');
  const db = openDatabase(file, testCipher());
  return { db, file };
}

async function addOfficer(db: ReturnType<typeof openDatabase>, pin = '246810') {
  insertStaff(db, {
    staffNumber: '198703122010012001',
    name: 'Siti Aminah',
    role: 'officer',
    badge: 'STAFF-0042',
    source: 'local',
    createdAt: '2026-03-02T01:00:00Z',
    pin: await hashPin(pin, pinPepper(db)),
  });
}

describe('PIN hashes', () => {
  it('are scrypt with a pepper from the data key: the right PIN matches, any other does not', async () => {
    const key = Buffer.alloc(32, 1);
    const stored = await hashPin('135790', key);
    expect(stored.params).toBe(`N=${PIN_COST.N},r=8,p=1`);
    expect(await pinMatches('135790', stored, key)).toBe(true);
    expect(await pinMatches('135791', stored, key)).toBe(false);
    expect(await pinMatches('13579', stored, key)).toBe(false);
    // Another kiosk's pepper (another data key) does not open it.
    expect(await pinMatches('135790', stored, Buffer.alloc(32, 2))).toBe(false);
  });

  it('take the slow part from the hub and add the pepper at the kiosk', async () => {
    const key = Buffer.alloc(32, 3);
    const salt = Buffer.alloc(16, 9);
    const fromHub = await stretchPin('864200', salt, PIN_COST);
    const stored = { salt, params: `N=${PIN_COST.N},r=8,p=1`, hash: pepper(fromHub, key) };
    expect(await pinMatches('864200', stored, key)).toBe(true);
  });

  it('cannot be searched from a copy of the database file: without the data key every guess fails', async () => {
    const { db, file } = kioskWithOfficer();
    await addOfficer(db, '246810');
    db.close();
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('246810'))).toBe(false);
    // An attacker with the file and the scrypt parameters, guessing the right PIN, but without the key.
    const copy = new Database(file, { readonly: true });
    const row = copy.prepare('SELECT pin_salt, pin_params, pin_hash FROM staff_accounts').get() as {
      pin_salt: Buffer;
      pin_params: string;
      pin_hash: Buffer;
    };
    copy.close();
    const stretched = await stretchPin('246810', row.pin_salt, PIN_COST);
    expect(stretched.equals(row.pin_hash)).toBe(false);
    expect(pepper(stretched, Buffer.alloc(32)).equals(row.pin_hash)).toBe(false);
    // With the kiosk's own key it matches: the key is what protects the PIN.
    const own = new DataCipher(Buffer.alloc(32, 7)).derive('staff pin pepper', 32);
    expect(pepper(stretched, own).equals(row.pin_hash)).toBe(true);
  });
});

describe('lockout', () => {
  const now = new Date('2026-03-02T02:00:00Z');

  it('locks after five wrong PINs in a row, for five minutes, then twice as long each time', () => {
    let state = { failedTries: 0, lockouts: 0, lockedUntil: null as string | null };
    const lengths: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (let i = 1; i < TRIES_BEFORE_LOCKOUT; i++) {
        const wrong = afterWrongPin(state, now);
        expect(wrong).toMatchObject({ locked: false, triesLeft: TRIES_BEFORE_LOCKOUT - i });
        state = wrong.state;
      }
      const locked = afterWrongPin(state, now);
      if (!locked.locked) throw new Error('not locked after five');
      lengths.push(Date.parse(locked.until) - now.getTime());
      state = locked.state;
    }
    expect(lengths).toEqual([1, 2, 4, 8].map((x) => x * FIRST_LOCKOUT_MS));
    expect(lockedUntil(state, now)).toBe(state.lockedUntil);
    expect(lockedUntil(state, new Date(Date.parse(state.lockedUntil!) + 1))).toBeNull();
  });
});

describe('sign-in', () => {
  it('by badge and PIN opens a session; wrong PINs count down, lock, and say until when; a right PIN starts again', async () => {
    const { db } = kioskWithOfficer();
    await addOfficer(db);
    const ended: string[] = [];
    const sessions = new StaffSessions((s, why) => ended.push(`${s.staffNumber}:${why}`));
    let clock = new Date('2026-03-02T02:00:00Z');
    const now = () => clock;
    const badge = { badge: 'STAFF-0042' };

    expect(checkStaff(db, badge, now())).toEqual({ state: 'ready', name: 'Siti Aminah' });
    expect(await signIn(db, sessions, badge, '111111', now)).toEqual({ outcome: 'wrongPin', triesLeft: 4 });
    for (const left of [3, 2, 1]) {
      expect(await signIn(db, sessions, badge, '111111', now)).toEqual({ outcome: 'wrongPin', triesLeft: left });
    }
    const locked = await signIn(db, sessions, badge, '111111', now);
    expect(locked).toEqual({ outcome: 'locked', until: '2026-03-02T02:05:00.000Z' });
    // Locked: even the right PIN is refused, and the badge says until when before a PIN is typed.
    expect(await signIn(db, sessions, badge, '246810', now)).toEqual({
      outcome: 'locked',
      until: '2026-03-02T02:05:00.000Z',
    });
    expect(checkStaff(db, badge, now())).toEqual({ state: 'locked', until: '2026-03-02T02:05:00.000Z' });

    clock = new Date('2026-03-02T02:05:01Z');
    const signed = await signIn(db, sessions, { staffNumber: '198703122010012001' }, '246810', now);
    expect(signed).toMatchObject({ outcome: 'signedIn', session: { name: 'Siti Aminah', role: 'officer' } });
    expect(staffByNumber(db, '198703122010012001')!.lock).toEqual({ failedTries: 0, lockouts: 0, lockedUntil: null });
    const actions = auditPage(db, null, 20).map((e) => e.action);
    expect(actions).toEqual([
      'staff.signedIn',
      'staff.signInLocked',
      'staff.lockedOut',
      'staff.pinWrong',
      'staff.pinWrong',
      'staff.pinWrong',
      'staff.pinWrong',
    ]);
    // Nothing in the trail holds the PIN.
    expect(JSON.stringify(auditPage(db, null, 20))).not.toMatch(/111111|246810/);
    sessions.stop();
  });

  it('refuses an unknown badge and a disabled account, and records both', async () => {
    const { db } = kioskWithOfficer();
    await addOfficer(db);
    db.prepare(`UPDATE staff_accounts SET disabled_reason = 'left the agency'`).run();
    const sessions = new StaffSessions(() => {});
    const now = () => new Date('2026-03-02T02:00:00Z');
    expect(await signIn(db, sessions, { badge: 'STAFF-9999' }, '246810', now)).toEqual({ outcome: 'unknown' });
    expect(await signIn(db, sessions, { badge: 'STAFF-0042' }, '246810', now)).toEqual({ outcome: 'disabled' });
    expect(checkStaff(db, { badge: 'STAFF-0042' }, now())).toEqual({ state: 'disabled' });
    expect(auditPage(db, null, 5).map((e) => [e.action, e.actor])).toEqual([
      ['staff.signInDisabled', '198703122010012001'],
      ['staff.signInUnknown', null],
    ]);
  });
});

describe('staff sessions', () => {
  it('take only their own token, end two minutes after the last use, and a new sign-in ends the old one', async () => {
    const ended: string[] = [];
    const sessions = new StaffSessions((s, why) => ended.push(`${s.name}:${why}`), 100);
    const first = sessions.open({ staffNumber: '1', name: 'A', role: 'operator' });
    expect(sessions.use('not-the-token')).toBeNull();
    expect(sessions.use(first.token)).toMatchObject({ name: 'A' });
    const second = sessions.open({ staffNumber: '2', name: 'B', role: 'officer' });
    expect(sessions.use(first.token)).toBeNull();
    expect(ended).toEqual(['A:replaced']);
    await new Promise((r) => setTimeout(r, 60));
    expect(sessions.use(second.token)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 60));
    // Used 60 ms ago: still alive.
    expect(sessions.use(second.token)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 150));
    expect(sessions.use(second.token)).toBeNull();
    expect(ended).toEqual(['A:replaced', 'B:idle']);
    const third = sessions.open({ staffNumber: '3', name: 'C', role: 'officer' });
    expect(sessions.close(third.token)).toBe(true);
    expect(sessions.use(third.token)).toBeNull();
    expect(ended.at(-1)).toBe('C:signedOut');
  });
});
