/**
 * Where a staff badge scan goes. The staff screen registers its sign-in here when it comes;
 * until then a badge scan changes nothing on the citizen's screens.
 */
export type StaffSignIn = (badge: string) => void;

let signIn: StaffSignIn | null = null;

/** Returns the function that unregisters it again. */
export function setStaffSignInHandler(handler: StaffSignIn): () => void {
  signIn = handler;
  return () => {
    if (signIn === handler) signIn = null;
  };
}

/** False when no staff sign-in is registered, so the caller knows the badge went nowhere. */
export function signInStaff(badge: string): boolean {
  if (!signIn) return false;
  signIn(badge);
  return true;
}
