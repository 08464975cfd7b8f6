import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { KioskApi, MethodInput, MethodName, MethodOutput, Result, StaffSession } from '../../preload/contract';
import { setStaffSignInHandler } from '../devices/staff-sign-in';
import { setStaffToken } from './staff-token';

/** How a sign-in began: a badge held to the scanner, or the hidden way in (staff number). */
export type SignInStart = { via: 'badge'; badge: string } | { via: 'staffNumber' };

/** The staff methods that carry the session's token. */
export type TokenMethod = {
  [M in MethodName]: MethodInput<M> extends { token: string } ? M : never;
}[MethodName];

export interface Staff {
  session: StaffSession | null;
  signingIn: SignInStart | null;
  startSignIn(start: SignInStart): void;
  cancelSignIn(): void;
  signedIn(session: StaffSession): void;
  signOut(): void;
  /** A staff method with the session's token; when main says the session has ended, it ends here too. */
  call<M extends TokenMethod>(method: M, input: Omit<MethodInput<M>, 'token'>): Promise<Result<MethodOutput<M>>>;
}

const StaffContext = createContext<Staff | null>(null);

export function useStaff(): Staff {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff outside StaffProvider');
  return staff;
}

/** A touch tells main the session is in use at most this often. */
const TOUCH_EVERY_MS = 20_000;

/**
 * The staff session of the page: started by a PIN sign-in, held in memory only, and ended by
 * the sign-out button, by main, or after its idle time without a touch anywhere on the
 * screen (an assisted request's touches count). When it ends, nothing of it is left:
 * `onEnd` lets the citizen's screens drop the officer's name.
 */
export function StaffProvider({ kiosk, onEnd, children }: { kiosk: KioskApi; onEnd: () => void; children: ReactNode }) {
  const [session, setSession] = useState<StaffSession | null>(null);
  const [signingIn, setSigningIn] = useState<SignInStart | null>(null);
  const ending = useRef(onEnd);
  ending.current = onEnd;

  const end = useCallback(() => {
    setStaffToken(null);
    setSession(null);
    ending.current();
  }, []);

  const signOut = useCallback(
    (idle = false) => {
      if (session) void kiosk['staff.signOut']({ token: session.token, idle });
      end();
    },
    [kiosk, session, end],
  );

  // A badge scanned on the start screen comes here while nobody is signed in.
  useEffect(() => {
    if (session) return;
    return setStaffSignInHandler((badge) => setSigningIn({ via: 'badge', badge }));
  }, [session]);

  // The idle end, and telling main the session is in use.
  useEffect(() => {
    if (!session) return;
    let lastTouch = Date.now();
    let lastTold = Date.now();
    const touched = () => {
      lastTouch = Date.now();
      if (lastTouch - lastTold < TOUCH_EVERY_MS) return;
      lastTold = lastTouch;
      void kiosk['staff.touch']({ token: session.token }).then((r) => !r.ok && r.code === 'staffSignedOut' && end());
    };
    const check = setInterval(() => {
      if (Date.now() - lastTouch >= session.idleSeconds * 1000) signOut(true);
    }, 1000);
    window.addEventListener('pointerdown', touched, true);
    window.addEventListener('keydown', touched, true);
    return () => {
      clearInterval(check);
      window.removeEventListener('pointerdown', touched, true);
      window.removeEventListener('keydown', touched, true);
    };
  }, [kiosk, session, signOut, end]);

  const staff = useMemo<Staff>(
    () => ({
      session,
      signingIn,
      startSignIn: setSigningIn,
      cancelSignIn: () => setSigningIn(null),
      signedIn: (next) => {
        setStaffToken(next.token);
        setSession(next);
        setSigningIn(null);
      },
      signOut: () => signOut(false),
      call: async (method, input) => {
        if (!session) return { ok: false, code: 'staffSignedOut', message: 'Nobody is signed in.' };
        const call = kiosk[method] as (input: unknown) => Promise<Result<never>>;
        const result = await call({ ...input, token: session.token });
        if (!result.ok && result.code === 'staffSignedOut') end();
        return result;
      },
    }),
    [kiosk, session, signingIn, signOut, end],
  );

  return <StaffContext.Provider value={staff}>{children}</StaffContext.Provider>;
}
