import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../main/store/open-database.ts';
import { appendAudit, auditPage } from '../../../main/store/audit-repo.ts';
import { describeVerdict, verifyTrail } from '../../../main/audit/verify-trail.ts';
import { entryHash } from '../../../main/audit/audit-chain.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';

function trailOf(entries: number): { db: Db; file: string } {
  const file = join(tempDir('audit'), 'kiosk.sqlite');
  const db = openDatabase(file, testCipher());
  for (let i = 1; i <= entries; i++) {
    appendAudit(db, {
      at: `2026-03-02T02:00:${String(i).padStart(2, '0')}Z`,
      actor: '1987',
      action: i % 2 ? 'printing.reprint' : 'settings.changed',
      subject: `entry-${i}`,
      detail: { n: i },
    });
  }
  return { db, file };
}

/** What someone with the file and a SQLite shell can do: the triggers go first. */
function asAttacker(db: Db, sql: string, ...params: unknown[]): void {
  db.exec('DROP TRIGGER audit_trail_no_update; DROP TRIGGER audit_trail_no_delete;');
  db.prepare(sql).run(...params);
}

describe('the audit trail', () => {
  it('links each entry to the one before and verifies whole, and sends each to the hub', () => {
    const { db } = trailOf(5);
    expect(verifyTrail(db)).toEqual({ ok: true, entries: 5 });
    const [newest, before] = auditPage(db, null, 2);
    expect(newest!.prevHash).toBe(before!.hash);
    const sent = db
      .prepare(`SELECT payload FROM outbox WHERE kind = 'audit.recorded' ORDER BY id`)
      .pluck()
      .all() as string[];
    expect(sent.map((p) => JSON.parse(p).hash)).toEqual(
      auditPage(db, null, 5)
        .map((e) => e.hash)
        .reverse(),
    );
  });

  it('refuses UPDATE and DELETE: the table is append-only', () => {
    const { db } = trailOf(2);
    expect(() => db.prepare(`UPDATE audit_trail SET action = 'x' WHERE id = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_trail WHERE id = 2').run()).toThrow(/append-only/);
    expect(verifyTrail(db).ok).toBe(true);
  });

  it('finds an entry edited behind the triggers', () => {
    const { db } = trailOf(5);
    asAttacker(db, `UPDATE audit_trail SET subject = 'someone else' WHERE id = 3`);
    const verdict = verifyTrail(db);
    expect(verdict).toEqual({ ok: false, entries: 2, problem: { kind: 'edited', id: 3 } });
    expect(describeVerdict(verdict)).toMatch(/Entry 3 .* was changed/);
  });

  it('finds an entry edited and its hash made again: the next entry no longer points at it', () => {
    const { db } = trailOf(5);
    const row = db.prepare('SELECT * FROM audit_trail WHERE id = 3').get() as Record<string, string>;
    const forged = entryHash(3, { ...row, subject: 'someone else' } as never, row.prev_hash!);
    asAttacker(db, `UPDATE audit_trail SET subject = 'someone else', hash = ? WHERE id = 3`, forged);
    expect(verifyTrail(db)).toMatchObject({ ok: false, problem: { kind: 'edited', id: 3 } });
  });

  it('finds a deleted entry, and entries deleted from the end', () => {
    const middle = trailOf(5);
    asAttacker(middle.db, 'DELETE FROM audit_trail WHERE id = 2');
    const gap = verifyTrail(middle.db);
    expect(gap).toMatchObject({ ok: false, problem: { kind: 'removed', after: 1, next: 3 } });
    expect(describeVerdict(gap)).toBe('Entry 2 of the audit trail was deleted.');

    const end = trailOf(5);
    asAttacker(end.db, 'DELETE FROM audit_trail WHERE id >= 4');
    const cut = verifyTrail(end.db);
    expect(cut).toMatchObject({ ok: false, problem: { kind: 'cut', last: 3, expected: 5 } });
    expect(describeVerdict(cut)).toMatch(/ends at entry 3, but this kiosk had written 5/);
  });

  it('finds an entry added behind the kiosk, even with a correct hash', () => {
    const { db } = trailOf(3);
    const last = auditPage(db, null, 1)[0]!;
    const fields = { at: '2026-03-02T03:00:00Z', actor: '1987', action: 'staff.signedIn', subject: 'x', detail: '{}' };
    db.prepare(
      'INSERT INTO audit_trail (id, at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      4,
      fields.at,
      fields.actor,
      fields.action,
      fields.subject,
      fields.detail,
      last.hash,
      entryHash(4, fields, last.hash),
    );
    expect(verifyTrail(db)).toMatchObject({ ok: false, problem: { kind: 'unsigned', from: 4 } });
  });

  it('finds a changed byte in the file on disk', () => {
    const { db, file } = trailOf(5);
    db.close();
    const bytes = readFileSync(file);
    // The entry's own record; the copy sent to the hub sits in the outbox as JSON, in quotes.
    let at = bytes.indexOf('entry-4');
    while (at > 0 && bytes[at - 1] === '"'.charCodeAt(0)) at = bytes.indexOf('entry-4', at + 1);
    expect(at).toBeGreaterThan(0);
    bytes[at + 6] = '9'.charCodeAt(0);
    writeFileSync(file, bytes);
    const kiosk = openDatabase(file, testCipher());
    expect(verifyTrail(kiosk)).toMatchObject({ ok: false, problem: { kind: 'edited', id: 4 } });
  });

  it('verifies a long trail in one pass', () => {
    const { db } = trailOf(0);
    db.transaction(() => {
      for (let i = 0; i < 2000; i++)
        appendAudit(db, { at: '2026-03-02T02:00:00Z', actor: null, action: 'x.y', subject: null });
    })();
    expect(verifyTrail(db)).toEqual({ ok: true, entries: 2000 });
  });
});
