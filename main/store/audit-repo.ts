/**
 * The audit trail (migration 0010): appended in the same transaction as what it records,
 * never updated or deleted (triggers refuse both), and sent to the hub as 'audit.recorded'
 * events. See main/audit/audit-chain.ts for the chain and its head.
 */
import {
  entryHash,
  GENESIS_HASH,
  headFor,
  type AuditEntry,
  type AuditFields,
  type AuditHead,
} from '../audit/audit-chain.ts';
import type { Db } from './open-database.ts';
import { insertOutboxEvent } from './outbox-repo.ts';
import { cipherOf } from './sealing.ts';
import { getSetting, setSetting } from './settings-repo.ts';
import { statement } from './statements.ts';

const HEAD_SETTING = 'audit/head';

/** The key the head is kept under: derived from the data key, so it is nowhere in the file. */
export const auditKey = (db: Db): Buffer => cipherOf(db).derive('audit trail head', 32);

interface Row {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  subject: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

const entry = (r: Row): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  subject: r.subject,
  detail: r.detail,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export type AuditRecord = Omit<AuditFields, 'detail'> & { detail?: Record<string, unknown> };

/** Appends one entry; call inside the transaction that does what it records, or alone. */
export function appendAudit(db: Db, record: AuditRecord): AuditEntry {
  return db.transaction(() => {
    const last = statement(
      db,
      'SELECT id, hash FROM audit_trail WHERE id = (SELECT max(id) FROM audit_trail)',
    ).get() as { id: number; hash: string } | undefined;
    const id = (last?.id ?? 0) + 1;
    const fields: AuditFields = { ...record, detail: JSON.stringify(record.detail ?? {}) };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = entryHash(id, fields, prevHash);
    statement(
      db,
      'INSERT INTO audit_trail (id, at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(id, fields.at, fields.actor, fields.action, fields.subject, fields.detail, prevHash, hash);
    setSetting(db, HEAD_SETTING, JSON.stringify(headFor(id, hash, auditKey(db))));
    const chained: AuditEntry = { id, ...fields, prevHash, hash };
    insertOutboxEvent(db, 'audit.recorded', chained, fields.at);
    return chained;
  })();
}

export function auditHead(db: Db): AuditHead | null {
  const text = getSetting(db, HEAD_SETTING);
  return text === undefined ? null : (JSON.parse(text) as AuditHead);
}

type RawRow = [number, string, string | null, string, string | null, string, string, string];
const READ_BATCH = 5000;

/**
 * Every entry in order, read a few thousand at a time as plain arrays: a long trail never
 * sits in memory whole, and verifying 100,000 entries spends its time on hashing.
 */
export function* auditEntries(db: Db): Generator<AuditEntry> {
  const read = statement(
    db,
    'SELECT id, at, actor, action, subject, detail, prev_hash, hash FROM audit_trail WHERE id > ? ORDER BY id LIMIT ?',
  ).raw();
  for (let after = 0; ;) {
    const rows = read.all(after, READ_BATCH) as RawRow[];
    for (const [id, at, actor, action, subject, detail, prevHash, hash] of rows) {
      yield { id, at, actor, action, subject, detail, prevHash, hash };
    }
    if (rows.length < READ_BATCH) return;
    after = rows.at(-1)![0];
  }
}

/** A page of the trail, newest first, before entry `before` (null: from the newest). */
export function auditPage(db: Db, before: number | null, limit: number): AuditEntry[] {
  return (
    statement(db, 'SELECT * FROM audit_trail WHERE id < ? ORDER BY id DESC LIMIT ?').all(
      before ?? Number.MAX_SAFE_INTEGER,
      limit,
    ) as Row[]
  ).map(entry);
}
