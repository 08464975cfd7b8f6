import type { MethodOutput, Result } from '../../preload/contract.ts';
import type { AuditVerdict } from '../../preload/staff-contract.ts';
import type { AuditVerdict as ChainVerdict } from '../audit/audit-chain.ts';
import { verifyTrail } from '../audit/verify-trail.ts';
import { lockedUntil } from '../staff/lockout.ts';
import { hashPin } from '../staff/pin-hash.ts';
import { pinPepper } from '../staff/sign-in.ts';
import { appendAudit, auditPage } from '../store/audit-repo.ts';
import { insertStaff, listStaff, staffByBadge, staffByNumber } from '../store/staff-repo.ts';
import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';
import { asStaff } from './staff-guard.ts';

const AUDIT_PAGE = 50;

type AddOutcome = MethodOutput<'console.addAccount'>;
const refused = (problem: Extract<AddOutcome, { outcome: 'refused' }>['problem']): Result<AddOutcome> =>
  ok({ outcome: 'refused', problem });

/** Where a broken trail can no longer be trusted from, for the console's one sentence. */
function verdictView(verdict: ChainVerdict): AuditVerdict {
  if (verdict.ok) return { ok: true, entries: verdict.entries, problem: null };
  const p = verdict.problem;
  const from = p.kind === 'edited' ? p.id : p.kind === 'removed' ? p.after + 1 : p.kind === 'cut' ? p.last + 1 : p.from;
  return { ok: false, entries: verdict.entries, problem: { kind: p.kind, from } };
}

type AdminMethod =
  | 'console.audit'
  | 'console.accounts'
  | 'console.addAccount'
  | 'console.training'
  | 'console.wipeTraining'
  | 'console.exit';

/** The console's trail, staff accounts, training mode and exit. */
export function consoleAdminMethods(deps: ApiDeps): MethodGroup<AdminMethod> {
  const db = deps.kioskDb;
  const record = (actor: string, action: string, subject: string | null, detail?: Record<string, unknown>) =>
    appendAudit(db, { at: deps.now().toISOString(), actor, action, subject, detail });

  return {
    // The first page verifies the whole trail as it loads; later pages only read on.
    'console.audit': asStaff(deps, 'operator', async (_session, { before }) => {
      const names = new Map(listStaff(db).map((s) => [s.staffNumber, s.name]));
      const entries = auditPage(db, before, AUDIT_PAGE).map((e) => ({
        id: e.id,
        at: e.at,
        actor: e.actor,
        actorName: e.actor === null ? null : (names.get(e.actor) ?? null),
        action: e.action,
        subject: e.subject,
        detail: JSON.parse(e.detail) as Record<string, unknown>,
      }));
      const verdict = before === null ? verdictView(verifyTrail(db)) : { ok: true, entries: 0, problem: null };
      return ok({ entries, verdict });
    }),

    'console.accounts': asStaff(deps, 'operator', async () => {
      const now = deps.now();
      const accounts = listStaff(db).map((s) => {
        const stored = staffByNumber(db, s.staffNumber)!;
        return {
          staffNumber: s.staffNumber,
          name: s.name,
          role: s.role,
          hasBadge: s.badge !== null,
          source: s.source,
          disabled: s.disabledReason !== null,
          lockedUntil: lockedUntil(stored.lock, now),
        };
      });
      return ok({ accounts });
    }),

    'console.addAccount': asStaff(deps, 'operator', async (session, input): Promise<Result<AddOutcome>> => {
      const prefix = deps.scannerSettings.badgePrefix;
      if (input.badge !== null && (prefix === null || !input.badge.startsWith(prefix))) return refused('badgePrefix');
      if (staffByNumber(db, input.staffNumber)) return refused('staffNumberTaken');
      if (input.badge !== null && staffByBadge(db, input.badge)) return refused('badgeTaken');
      const pin = await hashPin(input.pin, pinPepper(db));
      db.transaction(() => {
        insertStaff(db, {
          staffNumber: input.staffNumber,
          name: input.name,
          role: input.role,
          badge: input.badge,
          source: 'local',
          createdAt: deps.now().toISOString(),
          pin,
        });
        record(session.staffNumber, 'staff.accountAdded', input.staffNumber, {
          role: input.role,
          badge: input.badge !== null,
        });
      })();
      return ok({ outcome: 'added' });
    }),

    'console.training': asStaff(deps, 'operator', async (session, { on }) => {
      await deps.training.set(on, session.staffNumber);
      return ok({ training: deps.training.on });
    }),

    'console.wipeTraining': asStaff(deps, 'operator', async (session) => {
      await deps.training.wipe(session.staffNumber);
      return ok({});
    }),

    // Recorded either way; only Electron's kiosk window can be quit from here.
    'console.exit': asStaff(deps, 'operator', async (session) => {
      const exit = deps.exit;
      record(session.staffNumber, 'kiosk.exit', null, { quits: exit !== undefined });
      // After the answer has gone back: the page learns the kiosk is going before it goes.
      if (exit) setTimeout(exit, 200);
      return ok({ exiting: exit !== undefined });
    }),
  };
}
