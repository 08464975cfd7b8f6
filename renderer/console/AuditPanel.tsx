import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { AuditEntryView, AuditVerdict } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleProblem } from './ConsoleProblem';
import { useStaffData } from './use-staff-data';

/** Entries main sends a page: fewer on the first page means there are no older ones. */
const AUDIT_PAGE = 50;

/** What staff did, as the trail names it; an action this version does not know shows as written. */
const ACTIONS: Record<string, MessageId> = {
  'staff.signedIn': 'audit.action.signedIn',
  'staff.signedOut': 'audit.action.signedOut',
  'staff.pinWrong': 'audit.action.pinWrong',
  'staff.lockedOut': 'audit.action.lockedOut',
  'staff.signInLocked': 'audit.action.signInLocked',
  'staff.signInUnknown': 'audit.action.signInUnknown',
  'staff.signInDisabled': 'audit.action.signInDisabled',
  'staff.accountAdded': 'audit.action.accountAdded',
  'request.assisted': 'audit.action.assisted',
  'help.attended': 'audit.action.helpAttended',
  'printing.reprint': 'audit.action.reprint',
  'settings.changed': 'audit.action.settings',
  'stats.exported': 'audit.action.statsExported',
  'skm.exported': 'audit.action.skmExported',
  'sync.usbExported': 'audit.action.usbExported',
  'sync.usbImported': 'audit.action.usbImported',
  'training.started': 'audit.action.trainingStarted',
  'training.ended': 'audit.action.trainingEnded',
  'training.wiped': 'audit.action.trainingWiped',
  'kiosk.exit': 'audit.action.exit',
};

const PROBLEMS: Record<NonNullable<AuditVerdict['problem']>['kind'], MessageId> = {
  edited: 'console.audit.edited',
  removed: 'console.audit.removed',
  cut: 'console.audit.cut',
  unsigned: 'console.audit.unsigned',
};

/** The trail, newest first, and whether it is whole: checked entry by entry as the screen opens. */
export function AuditPanel() {
  const intl = useIntl();
  const staff = useStaff();
  const { data, problem } = useStaffData('console.audit', { before: null });
  const [older, setOlder] = useState<AuditEntryView[]>([]);
  const [more, setMore] = useState(true);
  useEffect(() => setOlder([]), [data]);
  if (!data) return <ConsoleProblem problem={problem} />;

  const entries = [...data.entries, ...older];
  const loadOlder = async () => {
    const result = await staff.call('console.audit', { before: entries.at(-1)?.id ?? null });
    if (!result.ok) return;
    setOlder((o) => [...o, ...result.value.entries]);
    if (result.value.entries.length === 0) setMore(false);
  };
  const verdict = data.verdict;
  return (
    <>
      <p
        className={`console-lead ${verdict.ok ? 'verdict-ok' : 'verdict-broken'}`}
        data-testid="audit-verdict"
        role="status"
      >
        {verdict.ok
          ? intl.formatMessage({ id: 'console.audit.whole' }, { entries: verdict.entries })
          : intl.formatMessage({ id: PROBLEMS[verdict.problem!.kind] }, { from: verdict.problem!.from })}
      </p>
      <ul className="desk-list" data-testid="audit-entries">
        {entries.map((e) => (
          <li key={e.id} className="desk-row" data-testid={`audit-${e.action}`}>
            <span className="desk-row-main">
              <strong>
                {intl.formatDate(e.at, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
              </strong>{' '}
              {ACTIONS[e.action] ? (
                intl.formatMessage({ id: ACTIONS[e.action] })
              ) : (
                <span translate="no">{e.action}</span>
              )}
            </span>
            <span className="small" translate="no">
              {[e.actorName ?? e.actor, e.subject].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {more && data.entries.length === AUDIT_PAGE && (
        <Button testId="audit-older" onClick={() => void loadOlder()}>
          {intl.formatMessage({ id: 'console.audit.older' })}
        </Button>
      )}
    </>
  );
}
