/**
 * A real kiosk (SQLite file, data key, print queue) with an operator and an officer who sign
 * in by badge and PIN, and its API called as both transports call it. Closed after each test.
 */
import { afterEach, expect } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch.ts';
import { openKiosk, type Kiosk } from '../../../../main/open-kiosk.ts';
import { hashPin } from '../../../../main/staff/pin-hash.ts';
import { pinPepper } from '../../../../main/staff/sign-in.ts';
import { insertStaff } from '../../../../main/store/staff-repo.ts';
import type { MethodName, Result } from '../../../../preload/contract.ts';
import { testConfig } from '../../../fixtures/kiosk-config.ts';
import { tempDir } from '../../../fixtures/temp-dir.ts';

export const OPERATOR = { staffNumber: '198001012005011001', name: 'Budi Operator', badge: 'STAFF-OP1', pin: '135790' };
export const OFFICER = { staffNumber: '199002022015022002', name: 'Siti Petugas', badge: 'STAFF-OF2', pin: '246802' };

const opened: Kiosk[] = [];
afterEach(async () => {
  for (const k of opened.splice(0)) await k.close();
});

/** The kiosk, its API, staff sign-in, and the folder standing in for its USB drive (unset without a drive). */
export async function kioskWithStaff(env: Record<string, string> = {}, { drive = true } = {}) {
  const usb = tempDir('usb');
  const kiosk = await openKiosk(
    testConfig({ KIOSK_BADGE_PREFIX: 'STAFF-', ...(drive ? { KIOSK_USB_DIR: usb } : {}), ...env }),
    { printWaitMs: 300 },
  );
  opened.push(kiosk);
  for (const [who, role] of [
    [OPERATOR, 'operator'],
    [OFFICER, 'officer'],
  ] as const) {
    insertStaff(kiosk.db, {
      staffNumber: who.staffNumber,
      name: who.name,
      role,
      badge: who.badge,
      source: 'local',
      createdAt: new Date().toISOString(),
      pin: await hashPin(who.pin, pinPepper(kiosk.db)),
    });
  }
  const call = async <T = unknown>(method: MethodName, input: unknown) =>
    (await dispatch(kiosk.api, method, input)) as Result<T> & { value: T };
  const signIn = async (who: typeof OPERATOR) => {
    const result = await call<{ outcome: string; session: { token: string } }>('staff.signIn', {
      who: { badge: who.badge },
      pin: who.pin,
    });
    expect(result.value.outcome).toBe('signedIn');
    return result.value.session.token;
  };
  return { kiosk, call, signIn, usb };
}
