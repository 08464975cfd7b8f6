/**
 * The audit trail's hash chain. Each entry's hash covers its own fields and the hash of the
 * entry before it, so changing an entry changes its hash, and removing one leaves the next
 * pointing at a hash that is no longer there. The chain alone cannot show entries cut from
 * the end, nor a chain rebuilt from scratch by someone who edits the file: the newest
 * entry's place and hash are therefore also kept under a key derived from the data key
 * (the head), which only the kiosk can write.
 */
import { createHmac, hash, timingSafeEqual } from 'node:crypto';

export interface AuditFields {
  at: string;
  /** Staff number; null for the kiosk itself. */
  actor: string | null;
  action: string;
  subject: string | null;
  /** JSON text; never a citizen's personal data. */
  detail: string;
}

export interface AuditEntry extends AuditFields {
  id: number;
  prevHash: string;
  hash: string;
}

/** What the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(id: number, fields: AuditFields, prevHash: string): string {
  const canonical = JSON.stringify([
    id,
    fields.at,
    fields.actor,
    fields.action,
    fields.subject,
    fields.detail,
    prevHash,
  ]);
  // The one-shot hash: verifying a long trail is mostly this, and it makes no hash object per entry.
  return hash('sha256', canonical, 'hex');
}

/** The newest entry's place and hash, keyed: kept apart from the chain (settings 'audit/head'). */
export interface AuditHead {
  id: number;
  mac: string;
}

export function headFor(id: number, hash: string, key: Buffer): AuditHead {
  return { id, mac: createHmac('sha256', key).update(`${id}:${hash}`).digest('hex') };
}

function headMatches(head: AuditHead, id: number, hash: string, key: Buffer): boolean {
  const expected = Buffer.from(headFor(id, hash, key).mac, 'hex');
  const given = Buffer.from(head.mac, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type AuditProblem =
  /** The entry's fields no longer give its hash, or the entry after it no longer points at it. */
  | { kind: 'edited'; id: number }
  /** Entries between `after` and `next` are gone. */
  | { kind: 'removed'; after: number; next: number }
  /** The trail ends at `last` but reached `expected`. */
  | { kind: 'cut'; last: number; expected: number }
  /** The newest entries were not written by this kiosk (or its head was changed). */
  | { kind: 'unsigned'; from: number };

export type AuditVerdict = { ok: true; entries: number } | { ok: false; entries: number; problem: AuditProblem };

/**
 * Walks the trail in order, once. Stops at the first problem: what follows a break cannot
 * be vouched for anyway.
 */
export function verifyChain(entries: Iterable<AuditEntry>, head: AuditHead | null, key: Buffer): AuditVerdict {
  let count = 0;
  let previous: AuditEntry | null = null;
  for (const entry of entries) {
    count++;
    const expectedId = (previous?.id ?? 0) + 1;
    if (entry.id !== expectedId) {
      return { ok: false, entries: count - 1, problem: { kind: 'removed', after: expectedId - 1, next: entry.id } };
    }
    if (entry.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
      return { ok: false, entries: count - 1, problem: { kind: 'edited', id: previous?.id ?? entry.id } };
    }
    if (entryHash(entry.id, entry, entry.prevHash) !== entry.hash) {
      return { ok: false, entries: count - 1, problem: { kind: 'edited', id: entry.id } };
    }
    previous = entry;
  }
  const lastId = previous?.id ?? 0;
  const expected = head?.id ?? 0;
  if (lastId < expected) return { ok: false, entries: count, problem: { kind: 'cut', last: lastId, expected } };
  if (previous && (head === null || lastId > expected || !headMatches(head, lastId, previous.hash, key))) {
    return { ok: false, entries: count, problem: { kind: 'unsigned', from: Math.min(expected + 1, lastId) } };
  }
  return { ok: true, entries: count };
}
