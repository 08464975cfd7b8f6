import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import type { KioskApi, KioskInfo, Language, ServedCatalog } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { HelpCalls } from './HelpCalls';
import { useStaff } from './StaffProvider';
import type { ConsoleSection } from '../console/sections';
import { CONSOLE_SECTIONS } from '../console/sections';

// The console (and its chart library) loads only when an operator opens it, never for citizens.
const ConsolePanel = lazy(() => import('../console/ConsolePanel'));

const SECTION_TITLES: Record<ConsoleSection, MessageId> = {
  devices: 'console.devices.title',
  sync: 'console.sync.title',
  settings: 'console.settings.title',
  stats: 'console.stats.title',
  skm: 'console.skm.title',
  audit: 'console.audit.title',
  accounts: 'console.accounts.title',
  training: 'console.training.title',
  exit: 'console.exit.title',
};

type Props = {
  kiosk: KioskApi;
  catalog: ServedCatalog | null;
  info: KioskInfo | null;
  language: Language;
  onLanguage: (language: Language) => void;
  /** The officer starts a request with a citizen: the citizen's screens, with the banner. */
  onAssist: () => void;
  /** Something the citizen's screens show changed (settings, training mode). */
  onKioskChanged: () => void;
};

/** What a signed-in staff member sees: the calls for staff and an assisted request; for operators, the console. */
export function StaffDesk({ kiosk, catalog, info, language, onLanguage, onAssist, onKioskChanged }: Props) {
  const intl = useIntl();
  const staff = useStaff();
  const [section, setSection] = useState<ConsoleSection | null>(null);
  const session = staff.session!;
  const operator = session.role === 'operator';
  return (
    <div className="screen staff-desk" data-testid="staff-desk">
      <header className="screen-header">
        <p className="agency">
          {intl.formatMessage(
            { id: operator ? 'staff.desk.operator' : 'staff.desk.officer' },
            { name: <span translate="no">{session.name}</span> },
          )}
        </p>
        <div className="header-actions">
          <LanguageSwitch language={language} onChange={onLanguage} />
          <Button variant="danger" testId="staff-sign-out" onClick={staff.signOut}>
            {intl.formatMessage({ id: 'staff.signOut' })}
          </Button>
        </div>
      </header>
      <main className="screen-body desk-body" tabIndex={0}>
        {section === null ? (
          <>
            <h1 tabIndex={-1}>{intl.formatMessage({ id: 'staff.desk.title' })}</h1>
            <Button variant="primary" testId="staff-assist" className="desk-assist" onClick={onAssist}>
              {intl.formatMessage({ id: 'staff.assist' })}
            </Button>
            <HelpCalls catalog={catalog} language={language} />
            {operator && (
              <nav className="desk-sections" aria-label={intl.formatMessage({ id: 'console.label' })}>
                {CONSOLE_SECTIONS.map((s) => (
                  <Button key={s} testId={`console-${s}`} className="desk-section-button" onClick={() => setSection(s)}>
                    {intl.formatMessage({ id: SECTION_TITLES[s] })}
                  </Button>
                ))}
              </nav>
            )}
          </>
        ) : (
          <>
            <div className="console-heading">
              <Button variant="quiet" testId="console-back" onClick={() => setSection(null)}>
                {intl.formatMessage({ id: 'console.back' })}
              </Button>
              <h1 tabIndex={-1}>{intl.formatMessage({ id: SECTION_TITLES[section] })}</h1>
            </div>
            <Suspense fallback={<p>{intl.formatMessage({ id: 'boot.loading' })}</p>}>
              <ConsolePanel
                section={section}
                kiosk={kiosk}
                catalog={catalog}
                info={info}
                language={language}
                onKioskChanged={onKioskChanged}
              />
            </Suspense>
          </>
        )}
      </main>
    </div>
  );
}
