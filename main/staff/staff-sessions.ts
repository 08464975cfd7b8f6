/**
 * The one staff session a kiosk has at a time (it has one screen). Signing in gives the page
 * a random token for this session only; the page keeps it in memory and sends it with every
 * staff call, and main checks it and the role here. It ends on sign-out, on a new sign-in,
 * on a restart (nothing is stored), and two minutes after the last staff call or touch.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffRole } from '../store/staff-repo.ts';

export const STAFF_IDLE_MS = 2 * 60_000;

export interface StaffSession {
  token: string;
  staffNumber: string;
  name: string;
  role: StaffRole;
}

export type SessionEnd = 'signedOut' | 'idle' | 'replaced';

export class StaffSessions {
  private current: { session: StaffSession; timer: ReturnType<typeof setTimeout> } | null = null;

  constructor(
    private readonly onEnd: (session: StaffSession, why: SessionEnd) => void,
    private readonly idleMs = STAFF_IDLE_MS,
  ) {}

  open(who: Omit<StaffSession, 'token'>): StaffSession {
    if (this.current) this.end('replaced');
    const session = { ...who, token: randomBytes(32).toString('base64url') };
    this.current = { session, timer: this.idleTimer() };
    return session;
  }

  /** The session a token belongs to, kept alive by this use; null for any other token. */
  use(token: string): StaffSession | null {
    if (!this.current || !sameToken(this.current.session.token, token)) return null;
    clearTimeout(this.current.timer);
    this.current.timer = this.idleTimer();
    return this.current.session;
  }

  /** Ends the session if the token is its own (the page signs out on a button, or after its idle time); returns whether it did. */
  close(token: string, why: 'signedOut' | 'idle' = 'signedOut'): boolean {
    if (!this.current || !sameToken(this.current.session.token, token)) return false;
    this.end(why);
    return true;
  }

  stop(): void {
    if (this.current) clearTimeout(this.current.timer);
    this.current = null;
  }

  private idleTimer(): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => this.end('idle'), this.idleMs);
    timer.unref();
    return timer;
  }

  private end(why: SessionEnd): void {
    const ended = this.current!;
    clearTimeout(ended.timer);
    this.current = null;
    this.onEnd(ended.session, why);
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
