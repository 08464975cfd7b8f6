import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyScan } from '../../../../renderer/devices/classify-scan.ts';
import { setStaffSignInHandler, signInStaff } from '../../../../renderer/devices/staff-sign-in.ts';

describe('classifying a scanned code', () => {
  it('knows a tracking code by its shape, as printed, bare or typed with Caps Lock on', () => {
    for (const code of ['K3A7H2M4XADC', 'K3A7-H2M4-XADC', 'k3a7h2m4xadc', 'K3A22A2DA', 'K3A-22A2D-A'])
      expect(classifyScan(code, null)).toBe('trackingCode');
    for (const code of ['K3A22A2D', 'K3A22A2DAX', 'K3A22A2DZ', '8992761111113'])
      expect(classifyScan(code, null)).toBe('unknown');
  });

  it('knows a staff badge by the configured prefix, and has none without one', () => {
    expect(classifyScan('STAFF-0042', 'STAFF-')).toBe('staffBadge');
    expect(classifyScan('STAFF-', 'STAFF-')).toBe('unknown');
    expect(classifyScan('STAFF-0042', null)).toBe('unknown');
    expect(classifyScan('K3A22A2DA', 'STAFF-')).toBe('trackingCode');
  });
});

describe('the staff sign-in hook point', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('hands badges to the registered sign-in, and says so when none is registered', () => {
    expect(signInStaff('STAFF-0042')).toBe(false);
    const signIn = vi.fn();
    stop = setStaffSignInHandler(signIn);
    expect(signInStaff('STAFF-0042')).toBe(true);
    expect(signIn).toHaveBeenCalledWith('STAFF-0042');
    stop();
    expect(signInStaff('STAFF-0042')).toBe(false);
  });

  it('keeps a newer registration when an older one unregisters', () => {
    const older = setStaffSignInHandler(vi.fn());
    const newer = vi.fn();
    stop = setStaffSignInHandler(newer);
    older();
    signInStaff('STAFF-0042');
    expect(newer).toHaveBeenCalledOnce();
  });
});
