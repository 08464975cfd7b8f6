import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../main/api/dispatch.ts';
import { DATABASE_FILE, openKiosk, type Kiosk } from '../../../main/open-kiosk.ts';
import { afterEachCall, IdleCheckpoints } from '../../../main/store/idle-checkpoint.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { testConfig } from '../../fixtures/kiosk-config.ts';
import { KK_UBAH } from '../../fixtures/submissions.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';

const opened: Kiosk[] = [];
afterEach(async () => {
  for (const k of opened.splice(0)) await k.close();
});

/** Requests in the database file alone, read from a copy of it without its WAL, as a backup of the one file would hold. */
function requestsInFileAlone(dataDir: string): number {
  const copy = join(tempDir('serambi-file-alone-'), DATABASE_FILE);
  copyFileSync(join(dataDir, DATABASE_FILE), copy);
  const db = new Database(copy);
  try {
    return db.prepare('SELECT count(*) FROM requests').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe("the kiosk's idle checkpoints", () => {
  it('fold a submission into the database file on the turn after the call, not inside it', async () => {
    const config = testConfig();
    const k = await openKiosk(config, { printWaitMs: 0 });
    opened.push(k);

    expect(await dispatch(k.api, 'requests.submit', KK_UBAH)).toMatchObject({ ok: true });
    // Answered, and still only in the WAL: the call did not pay for the fold.
    expect(requestsInFileAlone(config.dataDir)).toBe(0);
    await nextTurn();
    expect(requestsInFileAlone(config.dataDir)).toBe(1);
  });

  it('fold once after many calls in one turn, and not at all after calls that wrote nothing', async () => {
    const db = openDatabase(join(tempDir('serambi-idle-fold-'), DATABASE_FILE), testCipher());
    const folds = vi.spyOn(db, 'pragma');
    const checkpoints = new IdleCheckpoints(() => [db]);
    const write = (i: number) => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`k${i}`, 'v');

    for (let i = 0; i < 5; i++) {
      write(i);
      checkpoints.afterCall();
    }
    await nextTurn();
    expect(folds.mock.calls).toEqual([['wal_checkpoint(PASSIVE)']]);

    checkpoints.afterCall();
    await nextTurn();
    expect(folds).toHaveBeenCalledTimes(1);
    db.close();
    // A connection closed before its turn came is left alone.
    checkpoints.afterCall();
    await nextTurn();
    expect(folds).toHaveBeenCalledTimes(1);
  });

  it("hand each call's own answer or failure to its caller", async () => {
    const afterCall = vi.fn();
    const api = afterEachCall(
      {
        answers: async (input: number) => input * 2,
        fails: async () => Promise.reject(new Error('disk full')),
      },
      afterCall,
    );
    expect(await api.answers(21)).toBe(42);
    await expect(api.fails()).rejects.toThrow('disk full');
    await nextTurn();
    expect(afterCall).toHaveBeenCalledTimes(2);
  });
});
