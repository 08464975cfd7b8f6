/**
 * Staff at a built kiosk: accounts made with `npm run staff -- add` before the kiosk starts
 * (the command holds the data folder, as a kiosk does), and the taps and scans of a staff
 * member at the screen.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { tap } from './browser.ts';
import { tapKeys } from './citizen.ts';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../main/open-kiosk.ts';
import { tempDir } from '../fixtures/temp-dir.ts';
import { scan } from '../fixtures/wedge-scanner.ts';
import { keyFileFor, startKioskProcess, type KioskProcess } from './kiosk-process.ts';

export const BADGE_PREFIX = 'STAFF-';

export interface StaffMember {
  staffNumber: string;
  role: 'officer' | 'operator';
  name: string;
  badge?: string;
  pin: string;
}

export const OPERATOR: StaffMember = {
  staffNumber: '198001012005011001',
  role: 'operator',
  name: 'Budi Operator',
  badge: 'STAFF-OP1',
  pin: '135790',
};
export const OFFICER: StaffMember = {
  staffNumber: '199002022015022002',
  role: 'officer',
  name: 'Siti Petugas',
  badge: 'STAFF-OF2',
  pin: '246802',
};

/** Adds accounts to a data folder whose kiosk is not running, as an operator would at a new kiosk. */
export async function addStaff(dataDir: string, ...staff: StaffMember[]): Promise<void> {
  for (const s of staff) {
    await promisify(execFile)(
      process.execPath,
      ['dist/main/staff.mjs', 'add', s.staffNumber, s.role, s.name, ...(s.badge ? [s.badge] : [])],
      {
        env: {
          ...process.env,
          KIOSK_DATA_DIR: dataDir,
          KIOSK_KEY_FILE: keyFileFor(dataDir),
          KIOSK_BADGE_PREFIX: BADGE_PREFIX,
          KIOSK_STAFF_PIN: s.pin,
        },
      },
    );
  }
}

/**
 * A badge held to a keyboard-wedge scanner on the start screen (tests/fixtures/wedge-scanner.ts).
 * The start screen starts listening just after it shows, so an unheard scan is made again (a
 * repeat within a second would be taken as the same scan).
 */
export async function scanBadge(page: Page, badge: string): Promise<void> {
  await page.getByTestId('screen-attract').waitFor();
  for (let attempt = 0; attempt < 3; attempt++) {
    await scan(page, badge);
    const heard = await page
      .getByTestId('staff-sign-in')
      .waitFor({ timeout: 1200 })
      .then(
        () => true,
        () => false,
      );
    if (heard) return;
  }
  throw new Error(`the kiosk did not take badge ${badge}`);
}

/** A finger held on an element, as CDP's touch events do it (Playwright's tap is a short touch). */
export async function longPress(page: Page, testId: string, ms: number): Promise<void> {
  const box = (await page.getByTestId(testId).boundingBox())!;
  const touch = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [touch] });
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Types the PIN on the sign-in keypad and taps Sign in. */
export async function enterPin(page: Page, pin: string): Promise<void> {
  await page.getByTestId('staff-sign-in-entry').waitFor();
  await tapKeys(page, pin);
  await tap(page, 'staff-sign-in-next');
}

/** Badge scan and PIN, up to the staff desk. */
export async function signInWithBadge(page: Page, member: StaffMember): Promise<void> {
  await scanBadge(page, member.badge!);
  await enterPin(page, member.pin);
  await page.getByTestId('staff-desk').waitFor();
  expect(await page.getByTestId('staff-desk').textContent()).toContain(member.name);
}

/** The hidden way in: the agency's name held three seconds, then the staff number and the PIN. */
export async function signInByNumber(page: Page, member: StaffMember): Promise<void> {
  await page.getByTestId('screen-attract').waitFor();
  await longPress(page, 'attract-agency', 3300);
  await page.getByTestId('staff-sign-in').waitFor();
  await tapKeys(page, member.staffNumber);
  await tap(page, 'staff-sign-in-next');
  await enterPin(page, member.pin);
  await page.getByTestId('staff-desk').waitFor();
}

/** What the sign-in dialog says now. */
export const signInNote = async (page: Page): Promise<string> =>
  (await page.getByTestId('staff-sign-in-note').textContent({ timeout: 5000 })) ?? '';

/** A built kiosk in browser mode whose data folder already has these staff accounts. */
export async function startKioskWithStaff(env: Record<string, string>, ...staff: StaffMember[]): Promise<KioskProcess> {
  const dataDir = tempDir('e2e');
  await addStaff(dataDir, ...staff);
  return startKioskProcess({ KIOSK_DATA_DIR: dataDir, KIOSK_BADGE_PREFIX: BADGE_PREFIX, ...env });
}

/** A row of the kiosk's own database, read while it runs (WAL lets a reader in). */
export function kioskRows<T>(kiosk: KioskProcess, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(kiosk.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
