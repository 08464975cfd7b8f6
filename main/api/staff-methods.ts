import { STAFF_IDLE_MS } from '../staff/staff-sessions.ts';
import { checkStaff, signIn } from '../staff/sign-in.ts';
import { attendHelpRequest, openHelpRequests } from '../store/help-requests-repo.ts';
import type { ApiDeps } from './deps.ts';
import { ok, failure, type MethodGroup } from './result.ts';
import { asStaff } from './staff-guard.ts';

type StaffMethod =
  'staff.check' | 'staff.signIn' | 'staff.signOut' | 'staff.touch' | 'staff.helpCalls' | 'staff.attendHelp';

/** Signing in and out, and the officer's view of calls for staff. */
export function staffMethods(deps: ApiDeps): MethodGroup<StaffMethod> {
  return {
    'staff.check': async ({ who }) => ok(checkStaff(deps.kioskDb, who, deps.now())),

    'staff.signIn': async ({ who, pin }) => {
      const outcome = await signIn(deps.kioskDb, deps.staff, who, pin, deps.now);
      if (outcome.outcome !== 'signedIn') return ok(outcome);
      return ok({ outcome: 'signedIn', session: { ...outcome.session, idleSeconds: STAFF_IDLE_MS / 1000 } });
    },

    // Ending a session that has already ended is no failure: the page forgets its token either way.
    'staff.signOut': async ({ token, idle }) => {
      deps.staff.close(token, idle ? 'idle' : 'signedOut');
      return ok({});
    },

    'staff.touch': asStaff(deps, 'officer', async () => ok({})),

    'staff.helpCalls': asStaff(deps, 'officer', async () => ok({ calls: openHelpRequests(deps.db) })),

    'staff.attendHelp': asStaff(deps, 'officer', async (session, { id }) => {
      const attended = attendHelpRequest(deps.db, id, session, deps.now().toISOString());
      if (!attended) return failure('notFound', `No open call for staff ${id}.`);
      deps.events.emit('help.attended', { id });
      return ok({});
    }),
  };
}
