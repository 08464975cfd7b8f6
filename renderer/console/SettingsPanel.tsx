import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { IdleTimes, KioskSettings, SettingsView } from '../../preload/contract';
import { ERROR_MESSAGES, type MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { Keyboard } from '../ui/Keyboard';
import { Keypad } from '../ui/Keypad';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote, ConsoleProblem } from './ConsoleProblem';
import { HEALTH } from './DevicesPanel';
import { useStaffData } from './use-staff-data';

/** The field the on-screen keys type into. */
type Active = 'kioskName' | 'host' | 'port' | { announcement: number; language: 'id' | 'en' } | null;

/** Each idle time's bounds (the contract's) and step, in seconds. */
const IDLE: Record<keyof IdleTimes, { min: number; max: number; label: MessageId }> = {
  answer: { min: 30, max: 600, label: 'console.settings.idleAnswer' },
  result: { min: 10, max: 300, label: 'console.settings.idleResult' },
  warning: { min: 20, max: 120, label: 'console.settings.idleWarning' },
};
const STEP = 10;
const MAX_ANNOUNCEMENTS = 5;
const ANNOUNCEMENT_LENGTH = 120;

const FIXED: Record<'environment' | 'hub', MessageId> = {
  environment: 'console.settings.fixedByEnvironment',
  hub: 'console.settings.fixedByHub',
};

/** The kiosk's name, the citizen's idle times, the printer (with a test page first) and announcements. */
export function SettingsPanel({ onKioskChanged }: { onKioskChanged: () => void }) {
  const intl = useIntl();
  const staff = useStaff();
  const { data, problem } = useStaffData('console.settings', {});
  const [view, setView] = useState<SettingsView | null>(null);
  const [form, setForm] = useState<KioskSettings | null>(null);
  const [active, setActive] = useState<Active>(null);
  const [note, setNote] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (data) {
      setView(data);
      setForm(data.values);
    }
  }, [data]);
  if (!view || !form) return <ConsoleProblem problem={problem} />;

  const change = (next: Partial<KioskSettings>) => {
    setForm({ ...form, ...next });
    setNote(null);
  };
  const printer = form.printer;
  const network = printer.kind === 'network' ? printer : null;
  const text = (target: Active): string => {
    if (target === 'kioskName') return form.kioskName;
    if (target === 'host') return network?.host ?? '';
    if (target === 'port') return network ? String(network.port) : '';
    if (typeof target === 'object' && target !== null)
      return form.announcements[target.announcement]?.[target.language] ?? '';
    return '';
  };
  const write = (value: string) => {
    if (active === 'kioskName') change({ kioskName: value.slice(0, 60) });
    else if (active === 'host' && network) change({ printer: { ...network, host: value.slice(0, 253) } });
    else if (active === 'port' && network) change({ printer: { ...network, port: Number(value.slice(0, 5) || 0) } });
    else if (typeof active === 'object' && active !== null) {
      const announcements = form.announcements.map((a, i) =>
        i === active.announcement ? { ...a, [active.language]: value.slice(0, ANNOUNCEMENT_LENGTH) } : a,
      );
      change({ announcements });
    }
  };
  const type = (char: string) => write(text(active) + char);
  const erase = () => write(text(active).slice(0, -1));
  const field = (target: Exclude<Active, null>, testId: string, fixed = false) => (
    <button
      type="button"
      className={`answer-box settings-field ${JSON.stringify(active) === JSON.stringify(target) ? 'is-active' : ''}`}
      data-testid={testId}
      disabled={fixed}
      onClick={() => setActive(target)}
      translate="no"
    >
      {text(target) || '\u00a0'}
    </button>
  );

  const save = async () => {
    setSaving(true);
    setActive(null);
    const result = await staff.call('console.saveSettings', { settings: form });
    setSaving(false);
    if (!result.ok) {
      const id = result.code === 'invalidInput' ? 'console.settings.invalid' : ERROR_MESSAGES[result.code];
      return setNote(intl.formatMessage({ id }));
    }
    const outcome = result.value;
    if (outcome.outcome === 'printerFailed') {
      return setNote(
        intl.formatMessage(
          { id: 'console.settings.printerFailed' },
          {
            address: network ? `${network.host}:${network.port}` : '',
            reason: intl.formatMessage({ id: HEALTH[outcome.health] }),
          },
        ),
      );
    }
    setView(outcome.view);
    setForm(outcome.view.values);
    setNote(intl.formatMessage({ id: 'console.settings.saved' }));
    onKioskChanged();
  };

  const fixedNote = (by: 'environment' | 'hub' | null) =>
    by && <p className="small">{intl.formatMessage({ id: FIXED[by] })}</p>;
  return (
    <>
      <section className="console-part" aria-labelledby="name-title">
        <h2 id="name-title">{intl.formatMessage({ id: 'console.settings.kioskName' })}</h2>
        {field('kioskName', 'settings-kiosk-name', view.fixed.kioskName !== null)}
        {fixedNote(view.fixed.kioskName)}
      </section>

      <section className="console-part" aria-labelledby="idle-title">
        <h2 id="idle-title">{intl.formatMessage({ id: 'console.settings.idle' })}</h2>
        {(Object.keys(IDLE) as (keyof IdleTimes)[]).map((name) => {
          const { min, max, label } = IDLE[name];
          const set = (seconds: number) =>
            change({ idle: { ...form.idle, [name]: Math.min(max, Math.max(min, seconds)) } });
          return (
            <div key={name} className="stepper" role="group" aria-label={intl.formatMessage({ id: label })}>
              <span className="stepper-label">{intl.formatMessage({ id: label })}</span>
              <Button
                testId={`idle-${name}-less`}
                disabled={form.idle[name] <= min}
                onClick={() => set(form.idle[name] - STEP)}
              >
                {intl.formatMessage({ id: 'console.settings.less' })}
              </Button>
              <strong data-testid={`idle-${name}`}>
                {intl.formatMessage({ id: 'console.settings.seconds' }, { seconds: form.idle[name] })}
              </strong>
              <Button
                testId={`idle-${name}-more`}
                disabled={form.idle[name] >= max}
                onClick={() => set(form.idle[name] + STEP)}
              >
                {intl.formatMessage({ id: 'console.settings.more' })}
              </Button>
            </div>
          );
        })}
      </section>

      <section className="console-part" aria-labelledby="printer-setting-title">
        <h2 id="printer-setting-title">{intl.formatMessage({ id: 'console.settings.printer' })}</h2>
        {view.fixed.printer ? (
          <>
            <p translate="no">{view.printerFromEnvironment}</p>
            {fixedNote(view.fixed.printer)}
          </>
        ) : (
          <>
            <div
              className="console-actions"
              role="group"
              aria-label={intl.formatMessage({ id: 'console.settings.printer' })}
            >
              <Button
                className={`btn-toggle ${network ? 'is-selected' : ''}`}
                aria-pressed={network !== null}
                testId="printer-network"
                onClick={() => !network && change({ printer: { kind: 'network', host: '', port: 9100, paper: 80 } })}
              >
                {intl.formatMessage({ id: 'console.settings.printerNetwork' })}
              </Button>
              <Button
                className={`btn-toggle ${network ? '' : 'is-selected'}`}
                aria-pressed={network === null}
                testId="printer-none"
                onClick={() => change({ printer: { kind: 'none' } })}
              >
                {intl.formatMessage({ id: 'console.settings.printerNone' })}
              </Button>
            </div>
            {network && (
              <>
                <p className="small">{intl.formatMessage({ id: 'console.settings.printerAddress' })}</p>
                {field('host', 'printer-host')}
                <p className="small">{intl.formatMessage({ id: 'console.settings.printerPort' })}</p>
                {field('port', 'printer-port')}
                <div
                  className="console-actions"
                  role="group"
                  aria-label={intl.formatMessage({ id: 'console.settings.paper' })}
                >
                  {([80, 58] as const).map((paper) => (
                    <Button
                      key={paper}
                      className={`btn-toggle ${network.paper === paper ? 'is-selected' : ''}`}
                      aria-pressed={network.paper === paper}
                      testId={`paper-${paper}`}
                      onClick={() => change({ printer: { ...network, paper } })}
                    >
                      {intl.formatMessage({ id: 'console.settings.paperWidth' }, { mm: paper })}
                    </Button>
                  ))}
                </div>
                <p className="small">{intl.formatMessage({ id: 'console.settings.printerTest' })}</p>
              </>
            )}
          </>
        )}
      </section>

      <section className="console-part" aria-labelledby="announcements-title">
        <h2 id="announcements-title">{intl.formatMessage({ id: 'console.settings.announcements' })}</h2>
        {fixedNote(view.fixed.announcements)}
        {form.announcements.map((_, i) => (
          <div key={i} className="announcement-edit" data-testid={`announcement-${i}`}>
            <p className="small">{intl.formatMessage({ id: 'console.settings.announcementId' })}</p>
            {field({ announcement: i, language: 'id' }, `announcement-${i}-id`, view.fixed.announcements !== null)}
            <p className="small">{intl.formatMessage({ id: 'console.settings.announcementEn' })}</p>
            {field({ announcement: i, language: 'en' }, `announcement-${i}-en`, view.fixed.announcements !== null)}
            {!view.fixed.announcements && (
              <Button
                variant="quiet"
                testId={`announcement-${i}-remove`}
                onClick={() => {
                  setActive(null);
                  change({ announcements: form.announcements.filter((_a, j) => j !== i) });
                }}
              >
                {intl.formatMessage({ id: 'console.settings.announcementRemove' })}
              </Button>
            )}
          </div>
        ))}
        {!view.fixed.announcements && form.announcements.length < MAX_ANNOUNCEMENTS && (
          <Button
            testId="announcement-add"
            onClick={() => {
              change({ announcements: [...form.announcements, { id: '', en: '' }] });
              setActive({ announcement: form.announcements.length, language: 'id' });
            }}
          >
            {intl.formatMessage({ id: 'console.settings.announcementAdd' })}
          </Button>
        )}
      </section>

      {(active === 'host' || active === 'port') && (
        <Keypad onChar={type} onBackspace={erase} point={active === 'host'} />
      )}
      {active !== null && active !== 'host' && active !== 'port' && <Keyboard onChar={type} onBackspace={erase} />}
      <ConsoleNote text={note} testId="settings-note" />
      <Button variant="primary" testId="settings-save" disabled={saving} onClick={() => void save()}>
        {intl.formatMessage({ id: saving ? 'console.settings.saving' : 'console.settings.save' })}
      </Button>
    </>
  );
}
