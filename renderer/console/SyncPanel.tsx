import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Failure, SyncStatus } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote, ConsoleProblem } from './ConsoleProblem';
import { useStaffData } from './use-staff-data';

const STATES: Record<SyncStatus['state'], MessageId> = {
  off: 'console.sync.state.off',
  notEnrolled: 'console.sync.state.notEnrolled',
  enrolling: 'console.sync.state.enrolling',
  idle: 'console.sync.state.idle',
  syncing: 'console.sync.state.syncing',
  waiting: 'console.sync.state.waiting',
};

/** Where the kiosk's rounds leave their data: enrolled ones can also move it on a USB drive. */
const ENROLLED = new Set<SyncStatus['state']>(['idle', 'syncing', 'waiting']);

/** Last sync, backlog, a progress bar while a round runs, "sync now", and USB export and import. */
export function SyncPanel() {
  const intl = useIntl();
  const staff = useStaff();
  const { data, problem, reload } = useStaffData('console.sync', {}, 1000);
  const [note, setNote] = useState<string | null>(null);
  const [refused, setRefused] = useState<Failure | null>(null);

  if (!data) return <ConsoleProblem problem={problem} />;
  const time = (at: string | null) =>
    at
      ? intl.formatDate(at, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })
      : intl.formatMessage({ id: 'console.sync.never' });
  const act = async (work: () => Promise<string | Failure>) => {
    setNote(null);
    setRefused(null);
    const outcome = await work();
    if (typeof outcome === 'string') setNote(outcome);
    else setRefused(outcome);
    reload();
  };
  const progress = data.progress;
  return (
    <>
      <p className="console-lead" data-testid="sync-state">
        {intl.formatMessage({ id: STATES[data.state] })}
      </p>
      {data.state !== 'off' && (
        <dl className="console-facts">
          <dt>{intl.formatMessage({ id: 'console.sync.lastSuccess' })}</dt>
          <dd data-testid="sync-last">{time(data.lastSuccessAt)}</dd>
          <dt>{intl.formatMessage({ id: 'console.sync.backlog' })}</dt>
          <dd data-testid="sync-backlog">{intl.formatNumber(data.backlog)}</dd>
        </dl>
      )}
      {progress && (
        <div
          className="progress-track"
          role="progressbar"
          data-testid="sync-progress"
          aria-label={intl.formatMessage(
            { id: 'console.sync.progress' },
            { sent: progress.eventsSent, total: progress.eventsToSend },
          )}
          aria-valuemin={0}
          aria-valuemax={Math.max(1, progress.eventsToSend)}
          aria-valuenow={progress.eventsSent}
        >
          <div
            className="progress-fill"
            style={{ width: `${(100 * progress.eventsSent) / Math.max(1, progress.eventsToSend)}%` }}
          />
        </div>
      )}
      {data.lastError && (
        <p className="console-problem small" translate="no">
          {data.lastError}
        </p>
      )}
      {ENROLLED.has(data.state) && (
        <div className="console-actions">
          <Button
            variant="primary"
            testId="sync-now"
            onClick={() =>
              void act(async () => {
                const result = await staff.call('console.syncNow', {});
                return result.ok ? intl.formatMessage({ id: 'console.sync.started' }) : result;
              })
            }
          >
            {intl.formatMessage({ id: 'console.sync.now' })}
          </Button>
          <Button
            testId="usb-export"
            onClick={() =>
              void act(async () => {
                const result = await staff.call('console.usbExport', {});
                return result.ok
                  ? intl.formatMessage(
                      { id: 'console.sync.exported' },
                      { events: result.value.events, file: result.value.file },
                    )
                  : result;
              })
            }
          >
            {intl.formatMessage({ id: 'console.sync.usbExport' })}
          </Button>
          <Button
            testId="usb-import"
            onClick={() =>
              void act(async () => {
                const result = await staff.call('console.usbImport', {});
                return result.ok
                  ? intl.formatMessage(
                      { id: 'console.sync.imported' },
                      { statuses: result.value.statuses, file: result.value.file },
                    )
                  : result;
              })
            }
          >
            {intl.formatMessage({ id: 'console.sync.usbImport' })}
          </Button>
        </div>
      )}
      <ConsoleNote text={note} testId="sync-note" />
      <ConsoleProblem problem={refused} />
    </>
  );
}
