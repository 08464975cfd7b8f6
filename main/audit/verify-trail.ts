import type { Db } from '../store/open-database.ts';
import { auditEntries, auditHead, auditKey } from '../store/audit-repo.ts';
import { verifyChain, type AuditVerdict } from './audit-chain.ts';

/** Checks the whole trail of this database, entry by entry, and its head. */
export const verifyTrail = (db: Db): AuditVerdict => verifyChain(auditEntries(db), auditHead(db), auditKey(db));

/** The verdict in one sentence, for the command line (the console says it in its own words). */
export function describeVerdict(verdict: AuditVerdict): string {
  if (verdict.ok) {
    return verdict.entries === 0
      ? 'The audit trail is empty: no staff action has been recorded yet.'
      : `The audit trail is whole: ${verdict.entries} entries, each linked to the one before, the newest kept under this kiosk's key.`;
  }
  const p = verdict.problem;
  switch (p.kind) {
    case 'edited':
      return `Entry ${p.id} of the audit trail was changed after it was written; entries from ${p.id} on cannot be trusted (the hub keeps a copy of those it received).`;
    case 'removed':
      return p.next - p.after === 2
        ? `Entry ${p.after + 1} of the audit trail was deleted.`
        : `Entries ${p.after + 1} to ${p.next - 1} of the audit trail were deleted.`;
    case 'cut':
      return `The audit trail ends at entry ${p.last}, but this kiosk had written ${p.expected}: the newest entries were deleted.`;
    case 'unsigned':
      return `Entries from ${p.from} on were not written by this kiosk, or the trail was rebuilt; compare it with the copy at the hub.`;
  }
}
