import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { DevicesStatus, PrintJobView } from '../../preload/contract';
import { ERROR_MESSAGES, type MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { Keyboard } from '../ui/Keyboard';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote, ConsoleProblem } from './ConsoleProblem';
import { useStaffData } from './use-staff-data';

const REFRESH_MS = 3000;

export const HEALTH: Record<DevicesStatus['alerts'][number]['code'], MessageId> = {
  ready: 'console.health.ready',
  paperNearEnd: 'console.health.paperNearEnd',
  paperEnd: 'console.health.paperEnd',
  coverOpen: 'console.health.coverOpen',
  offline: 'console.health.offline',
  error: 'console.health.error',
  unknown: 'console.health.unknown',
  syncOverdue: 'console.health.syncOverdue',
};

const JOB_STATES: Record<PrintJobView['status'], MessageId> = {
  queued: 'console.devices.job.queued',
  printing: 'console.devices.job.printing',
  failed: 'console.devices.job.failed',
};

/** Printer health and alerts, the receipts still to print or failed and why, a test page, reprints, the scanners. */
export function DevicesPanel() {
  const intl = useIntl();
  const staff = useStaff();
  const { data, problem, reload } = useStaffData('console.devices', {}, REFRESH_MS);
  const [code, setCode] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const time = (at: string | null) =>
    at ? intl.formatDate(at, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '–';

  const testPrint = async () => {
    const result = await staff.call('console.testPrint', {});
    setNote(
      intl.formatMessage({
        id: !result.ok
          ? ERROR_MESSAGES[result.code]
          : result.value.printed
            ? 'console.devices.testPrinted'
            : 'console.devices.testFailed',
      }),
    );
    reload();
  };
  const reprint = async () => {
    const result = await staff.call('console.reprint', { trackingCode: code });
    setNote(
      result.ok
        ? intl.formatMessage({ id: 'console.devices.reprinted' }, { code })
        : intl.formatMessage({ id: ERROR_MESSAGES[result.code] }),
    );
    if (result.ok) setCode('');
    reload();
  };

  if (!data) return <ConsoleProblem problem={problem} />;
  const { printer, scanners, alerts } = data.status;
  return (
    <>
      <section className="console-part" aria-labelledby="printer-title">
        <h2 id="printer-title">{intl.formatMessage({ id: 'console.devices.printer' })}</h2>
        <p data-testid="printer-health" className={`health health-${printer.health}`}>
          {intl.formatMessage({ id: printer.configured ? HEALTH[printer.health] : 'console.devices.noPrinter' })}
        </p>
        {printer.detail && (
          <p className="small" translate="no">
            {printer.detail}
          </p>
        )}
        <p className="small">
          {intl.formatMessage(
            { id: 'console.devices.counts' },
            { queued: printer.queuedJobs, failed: printer.failedJobs, checked: time(printer.checkedAt) },
          )}
        </p>
        {alerts.length > 0 && (
          <ul className="desk-list" data-testid="printer-alerts">
            {alerts.map((a) => (
              <li key={a.code} className="desk-row alert-row">
                {intl.formatMessage(
                  { id: 'console.devices.alertSince' },
                  { alert: intl.formatMessage({ id: HEALTH[a.code] }), since: time(a.since) },
                )}
              </li>
            ))}
          </ul>
        )}
        <Button testId="test-print" onClick={() => void testPrint()}>
          {intl.formatMessage({ id: 'console.devices.testPrint' })}
        </Button>
      </section>

      <section className="console-part" aria-labelledby="jobs-title">
        <h2 id="jobs-title">{intl.formatMessage({ id: 'console.devices.jobs' })}</h2>
        {data.jobs.length === 0 ? (
          <p>{intl.formatMessage({ id: 'console.devices.noJobs' })}</p>
        ) : (
          <ul className="desk-list" data-testid="print-jobs">
            {data.jobs.map((job) => (
              <li key={`${job.trackingCode}-${job.status}`} className="desk-row">
                <span className="desk-row-main">
                  <strong translate="no">{job.trackingCode}</strong>{' '}
                  {intl.formatMessage({ id: JOB_STATES[job.status] })} {time(job.queuedAt)}
                </span>
                {job.reason && (
                  <span className="small" translate="no">
                    {job.reason}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="console-part" aria-labelledby="reprint-title">
        <h2 id="reprint-title">{intl.formatMessage({ id: 'console.devices.reprint' })}</h2>
        <p className="small">{intl.formatMessage({ id: 'console.devices.reprintHint' })}</p>
        <p className="answer-box" data-testid="reprint-code" translate="no">
          {code || '\u00a0'}
        </p>
        <Keyboard
          onChar={(c) => setCode((v) => (v.length < 16 ? v + c : v))}
          onBackspace={() => setCode((v) => v.slice(0, -1))}
        />
        <Button variant="primary" testId="reprint" disabled={code.length < 9} onClick={() => void reprint()}>
          {intl.formatMessage({ id: 'console.devices.reprintButton' })}
        </Button>
      </section>
      <ConsoleNote text={note} testId="devices-note" />

      <section className="console-part" aria-labelledby="scanners-title">
        <h2 id="scanners-title">{intl.formatMessage({ id: 'console.devices.scanners' })}</h2>
        {scanners.length === 0 ? (
          <p>{intl.formatMessage({ id: 'console.devices.noScanners' })}</p>
        ) : (
          <ul className="desk-list" data-testid="scanners">
            {scanners.map((s) => (
              <li key={s.name} className="desk-row">
                <span className="desk-row-main">
                  <strong translate="no">{s.name}</strong>{' '}
                  {intl.formatMessage(
                    { id: s.connected ? 'console.devices.scannerConnected' : 'console.devices.scannerGone' },
                    { last: time(s.lastScanAt) },
                  )}
                </span>
                {s.problem && (
                  <span className="small" translate="no">
                    {s.problem}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
