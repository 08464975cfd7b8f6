/**
 * At most `perMinute` status lookups in any sliding minute. Codes cannot be guessed from
 * one another (tracking-code.ts), and this keeps anyone at the kiosk, or any process on it
 * in browser mode, from trying codes by the thousand; a citizen checking a request or two
 * never meets it.
 */
export class LookupLimit {
  private readonly times: number[] = [];

  constructor(
    private readonly perMinute: number,
    private readonly now: () => Date,
  ) {}

  /** Counts a lookup and says whether it may go ahead. */
  allow(): boolean {
    const now = this.now().getTime();
    while (this.times.length > 0 && this.times[0]! <= now - 60_000) this.times.shift();
    if (this.times.length >= this.perMinute) return false;
    this.times.push(now);
    return true;
  }
}
