import type { Failure, Result } from '../../preload/contract.ts';
import type { StaffRole } from '../../preload/staff-contract.ts';
import type { StaffSession } from '../staff/staff-sessions.ts';
import type { ApiDeps } from './deps.ts';
import { failure } from './result.ts';

/**
 * A staff method: runs only for the live session whose token the call carries, and only for
 * the roles given; each call keeps the session from its idle end. Operators may do what
 * officers do; the console is the operator's alone.
 */
export function asStaff<I extends { token: string }, O>(
  deps: ApiDeps,
  role: StaffRole,
  run: (session: StaffSession, input: I) => Promise<Result<O>>,
): (input: I) => Promise<Result<O>> {
  return async (input) => {
    const session = deps.staff.use(input.token);
    if (!session) return signedOut;
    if (role === 'operator' && session.role !== 'operator') {
      return failure('notAllowed', 'This is for operators; sign in with an operator account.');
    }
    return run(session, input);
  };
}

const signedOut: Failure = failure('staffSignedOut', 'The staff session has ended; sign in again.');
