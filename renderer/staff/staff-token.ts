/**
 * The signed-in staff session's token, in memory only (never in browser storage), for the
 * parts of the page that act for the officer outside React: the session machine's
 * submission of an assisted request. StaffProvider sets it and drops it.
 */
let token: string | null = null;

export const staffToken = (): string | null => token;

export function setStaffToken(next: string | null): void {
  token = next;
}
