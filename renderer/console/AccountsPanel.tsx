import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { KioskApi, KioskInfo, StaffRole } from '../../preload/contract';
import { useScans } from '../devices/use-scans';
import { ERROR_MESSAGES, type MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { Keyboard } from '../ui/Keyboard';
import { Keypad } from '../ui/Keypad';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote, ConsoleProblem } from './ConsoleProblem';
import { useStaffData } from './use-staff-data';

type Entry = 'staffNumber' | 'name' | 'pin' | 'pinAgain';

const ROLES: Record<StaffRole, MessageId> = {
  officer: 'console.accounts.officer',
  operator: 'console.accounts.operator',
};
const REFUSED: Record<'staffNumberTaken' | 'badgeTaken' | 'badgePrefix', MessageId> = {
  staffNumberTaken: 'console.accounts.staffNumberTaken',
  badgeTaken: 'console.accounts.badgeTaken',
  badgePrefix: 'console.accounts.badgePrefix',
};
const EMPTY = { staffNumber: '', name: '', pin: '', pinAgain: '' };

/** The kiosk's staff (the hub's and its own), and a local account for a kiosk that has never been online. */
export function AccountsPanel({ kiosk, info }: { kiosk: KioskApi; info: KioskInfo | null }) {
  const intl = useIntl();
  const staff = useStaff();
  const { data, problem, reload } = useStaffData('console.accounts', {});
  const [form, setForm] = useState(EMPTY);
  const [role, setRole] = useState<StaffRole>('officer');
  const [badge, setBadge] = useState<string | null>(null);
  const [entry, setEntry] = useState<Entry>('staffNumber');
  const [note, setNote] = useState<string | null>(null);

  // The new account's badge is read by holding it to the scanner while this screen shows.
  useScans(kiosk, info?.scanner, (scan) => scan.kind === 'staffBadge' && setBadge(scan.code));

  const limit: Record<Entry, number> = { staffNumber: 18, name: 60, pin: 6, pinAgain: 6 };
  const type = (char: string) => setForm((f) => ({ ...f, [entry]: (f[entry] + char).slice(0, limit[entry]) }));
  const erase = () => setForm((f) => ({ ...f, [entry]: f[entry].slice(0, -1) }));
  const add = async () => {
    if (form.pin !== form.pinAgain) return setNote(intl.formatMessage({ id: 'console.accounts.pinsDiffer' }));
    const result = await staff.call('console.addAccount', {
      staffNumber: form.staffNumber,
      name: form.name,
      role,
      badge,
      pin: form.pin,
    });
    if (!result.ok) {
      const id = result.code === 'invalidInput' ? 'console.accounts.invalid' : ERROR_MESSAGES[result.code];
      return setNote(intl.formatMessage({ id }));
    }
    if (result.value.outcome === 'refused') return setNote(intl.formatMessage({ id: REFUSED[result.value.problem] }));
    setNote(intl.formatMessage({ id: 'console.accounts.added' }, { name: form.name }));
    setForm(EMPTY);
    setBadge(null);
    setEntry('staffNumber');
    reload();
  };
  const box = (name: Entry, testId: string, secret = false) => (
    <button
      type="button"
      className={`answer-box settings-field ${entry === name ? 'is-active' : ''}`}
      data-testid={testId}
      onClick={() => setEntry(name)}
      translate="no"
    >
      {(secret ? '●'.repeat(form[name].length) : form[name]) || '\u00a0'}
    </button>
  );

  return (
    <>
      <ConsoleProblem problem={problem} />
      {data && (
        <ul className="desk-list" data-testid="accounts">
          {data.accounts.map((a) => (
            <li key={a.staffNumber} className="desk-row">
              <span className="desk-row-main">
                <strong translate="no">{a.name}</strong> <span translate="no">{a.staffNumber}</span>{' '}
                {intl.formatMessage({ id: ROLES[a.role] })}
              </span>
              <span className="small">
                {intl.formatMessage({ id: a.source === 'hub' ? 'console.accounts.fromHub' : 'console.accounts.local' })}
                {a.disabled && ` · ${intl.formatMessage({ id: 'console.accounts.disabled' })}`}
                {a.lockedUntil &&
                  ` · ${intl.formatMessage({ id: 'console.accounts.locked' }, { until: intl.formatTime(a.lockedUntil, { hour: '2-digit', minute: '2-digit' }) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}

      <section className="console-part" aria-labelledby="add-account-title">
        <h2 id="add-account-title">{intl.formatMessage({ id: 'console.accounts.add' })}</h2>
        <p className="small">{intl.formatMessage({ id: 'console.accounts.staffNumber' })}</p>
        {box('staffNumber', 'account-number')}
        <p className="small">{intl.formatMessage({ id: 'console.accounts.name' })}</p>
        {box('name', 'account-name')}
        <div className="console-actions" role="group" aria-label={intl.formatMessage({ id: 'console.accounts.role' })}>
          {(['officer', 'operator'] as const).map((r) => (
            <Button
              key={r}
              className={`btn-toggle ${role === r ? 'is-selected' : ''}`}
              aria-pressed={role === r}
              testId={`account-${r}`}
              onClick={() => setRole(r)}
            >
              {intl.formatMessage({ id: ROLES[r] })}
            </Button>
          ))}
        </div>
        <p className="small" data-testid="account-badge">
          {intl.formatMessage({ id: badge ? 'console.accounts.badgeRead' : 'console.accounts.badgeHint' })}
        </p>
        <p className="small">{intl.formatMessage({ id: 'console.accounts.pin' })}</p>
        {box('pin', 'account-pin', true)}
        <p className="small">{intl.formatMessage({ id: 'console.accounts.pinAgain' })}</p>
        {box('pinAgain', 'account-pin-again', true)}
        {entry === 'name' ? (
          <Keyboard onChar={type} onBackspace={erase} />
        ) : (
          <Keypad onChar={type} onBackspace={erase} />
        )}
        <ConsoleNote text={note} testId="accounts-note" />
        <Button variant="primary" testId="account-add" onClick={() => void add()}>
          {intl.formatMessage({ id: 'console.accounts.addButton' })}
        </Button>
      </section>
    </>
  );
}
