import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../main/store/open-database.ts';
import { migrations } from '../../../main/store/migrations/index.ts';
import { migrate } from '../../../main/store/migrate.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';

const tempFile = () => join(tempDir('db'), 'kiosk.sqlite');

describe('openDatabase', () => {
  it('creates every table from an empty file and records the schema version', () => {
    const db = openDatabase(tempFile(), testCipher());
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual([
      'audit_trail',
      'counters',
      'help_requests',
      'outbox',
      'printer_faults',
      'request_days',
      'requests',
      'served_days',
      'settings',
      'staff_accounts',
      'survey_days',
      'survey_profile_days',
      'survey_responses',
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('keeps synchronous=FULL, WAL and foreign keys when an existing file is reopened', () => {
    const file = tempFile();
    openDatabase(file, testCipher()).close();
    // A plain reopen shows what SQLite would do without our pragmas: synchronous falls back.
    const plain = new Database(file);
    expect(plain.pragma('synchronous', { simple: true })).not.toBe(2);
    plain.close();

    const db = openDatabase(file, testCipher());
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps the data and does not re-run migrations when reopened', () => {
    const file = tempFile();
    const first = openDatabase(file, testCipher());
    first.prepare(`INSERT INTO settings (key, value) VALUES ('kiosk_prefix', 'K3A')`).run();
    first.close();
    const again = openDatabase(file, testCipher());
    expect(again.prepare(`SELECT value FROM settings WHERE key = 'kiosk_prefix'`).pluck().get()).toBe('K3A');
    again.close();
  });

  it('refuses a file from a newer version with a sentence saying what to do', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    expect(() => openDatabase(file, testCipher())).toThrow(/newer Serambi.*update Serambi or restore a backup/);
  });

  it('uses STRICT tables, so a wrong type is refused instead of stored', () => {
    const db = openDatabase(':memory:', testCipher());
    expect(() => db.prepare(`INSERT INTO counters (name, last) VALUES ('queue/2026-11-27/A', 'many')`).run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    db.close();
  });
});

describe('page size', () => {
  it('creates new files with 2 KiB pages, which keeps each commit small', () => {
    const db = openDatabase(tempFile(), testCipher());
    expect(db.pragma('page_size', { simple: true })).toBe(2048);
    db.close();
  });
});

describe('migration 0002-help-requests', () => {
  it('takes a version-1 file with requests in it to version 2 without losing them', () => {
    const file = tempFile();
    const v1 = new Database(file);
    migrate(v1, { cipher: testCipher() }, 1);
    v1.prepare(`INSERT INTO counters (name, last) VALUES ('tracking/K3A', 41)`).run();
    v1.close();

    const db = new Database(file);
    migrate(db, { cipher: testCipher() }, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare(`SELECT last FROM counters WHERE name = 'tracking/K3A'`).pluck().get()).toBe(41);
    db.prepare(`INSERT INTO help_requests (requested_at, screen) VALUES ('2026-11-27T03:00:00Z', 'question')`).run();
    expect(db.prepare('SELECT count(*) FROM help_requests').pluck().get()).toBe(1);
    db.close();
  });

  it('keeps the folder to the kiosk user (0700) and the files to it (0600), tightening an older install', () => {
    const dir = tempDir('db');
    chmodSync(dir, 0o755);
    const file = join(dir, 'kiosk.sqlite');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    const db = openDatabase(file, testCipher());
    db.prepare(`INSERT INTO settings (key, value) VALUES ('a', 'b')`).run();
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    db.close();
  });
});
