import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database.ts';

/**
 * Folds the write-ahead log back into the database file between the kiosk's calls, not inside
 * one. SQLite does it on its own in the commit that takes the log past 1,000 pages, and that
 * commit pays for copying the pages and syncing the file: with a million stored requests, 3 to
 * 4 reprints in 500 took 7-8 ms against a median of 0.6 ms (`npm run bench`), and on a kiosk's
 * eMMC storage the copy takes far longer. Here the fold runs on the event loop's next turn
 * after a call that wrote, which is after its answer has gone back to the screen (IPC and HTTP
 * both send it before); a citizen's next tap comes seconds later. The log then never reaches
 * SQLite's own threshold, which stays as the backstop for writes with no pause between them.
 */
export class IdleCheckpoints {
  private pending = false;
  /** Each connection's count of changed rows at its last fold: an unchanged count means nothing to fold. */
  private readonly folded = new WeakMap<Db, number>();
  private readonly counters = new WeakMap<Db, Statement>();

  /** `databases`: the open connections, asked each time (the training workspace comes and goes). */
  constructor(private readonly databases: () => Db[]) {}

  /** A call has ended: fold in what it wrote once the event loop is free. Many calls, one fold. */
  readonly afterCall = (): void => {
    if (this.pending) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      for (const db of this.databases()) this.fold(db);
    });
  };

  private fold(db: Db): void {
    if (!db.open) return;
    const changes = this.changesOf(db);
    if (this.folded.get(db) === changes) return;
    try {
      // PASSIVE: never waits for, nor blocks, a reader or writer.
      db.pragma('wal_checkpoint(PASSIVE)');
      this.folded.set(db, changes);
    } catch {
      // Nothing is lost: the log stays valid and is folded after the next call, or by SQLite's
      // own checkpoint, inside a call whose error handling tells the person what went wrong.
    }
  }

  private changesOf(db: Db): number {
    let counter = this.counters.get(db);
    if (!counter) {
      counter = db.prepare('SELECT total_changes()').pluck();
      this.counters.set(db, counter);
    }
    return counter.get() as number;
  }
}

/** The API with `afterCall` run when each call settles, whatever its outcome; the call's own promise is returned. */
export function afterEachCall<A extends object>(api: A, afterCall: () => void): A {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api)) {
    wrapped[name] = (input: unknown) => {
      const result = Promise.resolve((method as (input: unknown) => unknown)(input));
      result.then(afterCall, afterCall);
      return result;
    };
  }
  return wrapped as A;
}
