import type { StaffRoster } from '../../sync/staff-roster.ts';
import type { Db } from '../store/open-database.ts';
import { replaceHubRoster } from '../store/staff-repo.ts';
import { pepper } from './pin-hash.ts';
import { pinPepper } from './sign-in.ts';

/**
 * The hub's staff accounts, as its feed sends them: each PIN arrives stretched and is keyed
 * here with this kiosk's pepper before it is kept, so the file never holds what the hub sent.
 */
export function keepStaffRoster(db: Db, roster: StaffRoster, at: Date): void {
  const key = pinPepper(db);
  replaceHubRoster(
    db,
    roster.accounts.map((a) => ({
      staffNumber: a.staffNumber,
      name: a.name,
      role: a.role,
      badge: a.badge,
      source: 'hub' as const,
      disabledReason: a.disabledReason,
      createdAt: at.toISOString(),
      pin: {
        salt: Buffer.from(a.pin.salt, 'base64'),
        params: a.pin.params,
        hash: pepper(Buffer.from(a.pin.stretched, 'base64'), key),
      },
    })),
  );
}
