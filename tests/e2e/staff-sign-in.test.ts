import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { DATABASE_FILE } from '../../main/open-kiosk.ts';
import { errorsOn, kioskPage, launchChromium, tap } from './browser.ts';
import { keyFileFor, startKioskProcess, type KioskProcess } from './kiosk-process.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import {
  addStaff,
  BADGE_PREFIX,
  enterPin,
  OFFICER,
  OPERATOR,
  scanBadge,
  signInByNumber,
  signInNote,
  signInWithBadge,
  type StaffMember,
} from './staff.ts';

/** A PIN is checked with scrypt: on a busy machine a check takes a second or more. */
const PIN_CHECK = { timeout: 10_000 };

const LEAVER: StaffMember = {
  staffNumber: '1975',
  role: 'officer',
  name: 'Andi Pindah',
  badge: 'STAFF-AP9',
  pin: '975310',
};

let kiosk: KioskProcess;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDir('e2e');
  await addStaff(dataDir, OPERATOR, OFFICER, LEAVER);
  // An account the hub has since disabled.
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.prepare(`UPDATE staff_accounts SET disabled_reason = 'moved to another office' WHERE staff_number = ?`).run(
    LEAVER.staffNumber,
  );
  db.close();
  kiosk = await startKioskProcess({ KIOSK_DATA_DIR: dataDir, KIOSK_BADGE_PREFIX: BADGE_PREFIX });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
});

const trail = () => {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const actions = db.prepare('SELECT action FROM audit_trail ORDER BY id').pluck().all() as string[];
  db.close();
  return actions;
};

describe('staff sign in at the kiosk', () => {
  it('with a badge and PIN, and out again; an officer by the hidden way in gets no console', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await signInWithBadge(page, OPERATOR);
    expect(await page.getByTestId('console-devices').isVisible()).toBe(true);
    await tap(page, 'staff-sign-out');
    await page.getByTestId('screen-attract').waitFor();

    await signInByNumber(page, OFFICER);
    expect(await page.getByTestId('staff-desk').textContent()).toContain(OFFICER.name);
    expect(await page.getByTestId('console-devices').count()).toBe(0);
    await tap(page, 'staff-sign-out');
    await page.getByTestId('screen-attract').waitFor();
    expect(errorsOn(page)).toEqual([]);
  });

  it('locks the account after five wrong PINs, says until when, and says so at the next scan before any PIN', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await scanBadge(page, OFFICER.badge!);
    for (const left of [4, 3, 2, 1]) {
      await enterPin(page, '000000');
      await expect
        .poll(() => signInNote(page), PIN_CHECK)
        .toBe(`PIN salah. Sisa percobaan sebelum akun dikunci: ${left}.`);
    }
    await enterPin(page, '000000');
    await expect
      .poll(() => signInNote(page))
      .toMatch(/^PIN salah lima kali\. Akun dikunci sampai pukul \d{2}[.:]\d{2}, \d{1,2} \S+\.$/);
    expect(await page.getByTestId('staff-sign-in-entry').count()).toBe(0);
    await tap(page, 'staff-sign-in-cancel');

    await scanBadge(page, OFFICER.badge!);
    await expect.poll(() => signInNote(page), PIN_CHECK).toMatch(/^Akun ini terkunci sampai pukul \d{2}[.:]\d{2}, /);
    expect(await page.getByTestId('staff-sign-in-entry').count()).toBe(0);
    await tap(page, 'staff-sign-in-cancel');
    expect(trail()).toContain('staff.lockedOut');
  });

  it('refuses a badge nobody has and an account the hub disabled, in words', async () => {
    const page = await kioskPage(browser, kiosk.url);
    await scanBadge(page, 'STAFF-NOBODY');
    await expect
      .poll(() => signInNote(page), PIN_CHECK)
      .toBe('Kartu atau nomor petugas ini tidak terdaftar di kios ini.');
    await tap(page, 'staff-sign-in-cancel');
    await scanBadge(page, LEAVER.badge!);
    await expect.poll(() => signInNote(page), PIN_CHECK).toBe('Akun ini dinonaktifkan. Hubungi admin kantor.');
    await tap(page, 'staff-sign-in-cancel');
  });

  it('keeps every try in an audit trail that npm run audit -- verify finds whole while the kiosk runs', async () => {
    const actions = trail();
    expect(actions).toEqual(
      expect.arrayContaining(['staff.signedIn', 'staff.signedOut', 'staff.pinWrong', 'staff.lockedOut']),
    );
    const { stdout } = await promisify(execFile)(process.execPath, ['dist/main/audit.mjs', 'verify'], {
      env: { ...process.env, KIOSK_DATA_DIR: dataDir, KIOSK_KEY_FILE: keyFileFor(dataDir) },
    });
    expect(stdout).toMatch(/^The audit trail is whole: \d+ entries/);
  });
});
