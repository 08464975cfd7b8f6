/**
 * The console's frame: the signed-in account (or the sign-in screen), the language, the
 * navigation its role allows, and the screen the address names (#/inbox, #/fleet, ...).
 */
import { useCallback, useEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { api, whenSignedOut } from './api/client';
import type { Account, Language } from './api/hub-types';
import { LOCALES, MESSAGES } from './i18n/messages';
import { CatalogProvider } from './catalog/catalog-context';
import { SignIn } from './screens/SignIn';
import { Nav, screensFor, type ScreenName } from './screens/Nav';
import { Inbox } from './screens/Inbox';
import { Fleet } from './screens/Fleet';
import { CatalogScreen } from './catalog/CatalogScreen';
import { Dashboard } from './dashboard/Dashboard';
import { Audit } from './screens/Audit';
import { Partners } from './screens/Partners';
import { Accounts } from './screens/Accounts';
import { Complaints } from './voice/Complaints';
import { SkmReportScreen } from './voice/SkmReportScreen';
import { Message } from './i18n/t';

const LANGUAGE_KEY = 'serambi-console-language';

function screenOfHash(): ScreenName {
  return (location.hash.replace(/^#\//, '') || 'inbox') as ScreenName;
}

export function App() {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'id'));
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [ended, setEnded] = useState(false);
  const [screen, setScreen] = useState<ScreenName>(screenOfHash);

  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem(LANGUAGE_KEY, language);
  }, [language]);
  useEffect(() => {
    api<Account>('GET', '/session').then(setAccount, () => setAccount(null));
    whenSignedOut(() => {
      setEnded(true);
      setAccount(null);
    });
    const onHash = () => setScreen(screenOfHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const signOut = useCallback(async () => {
    await api('DELETE', '/session').catch(() => {});
    setEnded(false);
    setAccount(null);
  }, []);

  const allowed = account ? screensFor(account.role) : [];
  const shown = allowed.includes(screen) ? screen : 'inbox';
  return (
    <IntlProvider
      locale={LOCALES[language]}
      messages={MESSAGES[language] as never}
      defaultLocale="id-ID"
      timeZone="Asia/Jakarta"
    >
      <a className="skip-link" href="#main">
        <Message id="nav.skip" />
      </a>
      <header className="top">
        <span className="brand">
          <Message id="app.name" />
        </span>
        {account && <Nav screens={allowed} current={shown} />}
        <div className="top-tools">
          <button
            type="button"
            lang={language === 'id' ? 'en' : 'id'}
            onClick={() => setLanguage(language === 'id' ? 'en' : 'id')}
          >
            {MESSAGES[language === 'id' ? 'en' : 'id']['language.switch']}
          </button>
          {account && (
            <>
              <span className="who" translate="no">
                {account.displayName}
              </span>
              <button type="button" onClick={signOut} data-testid="sign-out">
                <Message id="nav.signOut" />
              </button>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {account === undefined ? null : account === null ? (
          <SignIn
            ended={ended}
            onSignedIn={(a) => {
              setEnded(false);
              setAccount(a);
            }}
          />
        ) : (
          <CatalogProvider>
            {shown === 'inbox' && <Inbox account={account} />}
            {shown === 'complaints' && <Complaints account={account} />}
            {shown === 'skm' && <SkmReportScreen />}
            {shown === 'fleet' && <Fleet account={account} />}
            {shown === 'catalog' && <CatalogScreen />}
            {shown === 'dashboard' && <Dashboard />}
            {shown === 'audit' && <Audit />}
            {shown === 'partners' && <Partners />}
            {shown === 'accounts' && <Accounts self={account} />}
          </CatalogProvider>
        )}
      </main>
    </IntlProvider>
  );
}
