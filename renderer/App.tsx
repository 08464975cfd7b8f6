import { useActorRef, useSelector } from '@xstate/react';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { ActorRefFrom } from 'xstate';
import type { KioskApi, Result } from '../preload/contract';
import { kioskSession, loadKiosk } from './flow/kiosk-actors';
import { showsSameScreen, type Loaded, type SessionMachine } from './flow/session';
import { formatsInZone } from './i18n/format';
import { LOCALES, MESSAGES } from './i18n/messages';
import type { SessionSnapshot } from './screens/types';
import { Session } from './session/Session';
import { AssistBanner, TrainingBand } from './staff/Banners';
import { StaffProvider, useStaff } from './staff/StaffProvider';
import { StaffSignIn } from './staff/StaffSignIn';
import './staff/staff.css';

// Staff screens load when staff sign in: a citizen's page never parses them.
const StaffDesk = lazy(() => import('./staff/StaffDesk').then((m) => ({ default: m.StaffDesk })));

export function App({ kiosk, loading }: { kiosk: KioskApi; loading?: Promise<Result<Loaded>> }) {
  const [machine] = useState(() => kioskSession(kiosk, loading));
  const actor = useActorRef(machine);
  // Redrawn when what the screen shows changes, not while an answer is being checked.
  const snapshot = useSelector(actor, (s) => s, showsSameScreen);
  const { language, largeText, highContrast, info } = snapshot.context;

  // On the root element so that every screen and dialog follows, in the frame of the tap.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.classList.toggle('text-large', largeText);
    root.classList.toggle('contrast-high', highContrast);
  }, [language, largeText, highContrast]);

  // The citizen who called for staff hears when an officer is on the way.
  useEffect(() => kiosk.on('help.attended', ({ id }) => actor.send({ type: 'HELP_ATTENDED', id })), [kiosk, actor]);

  // After an operator's change (settings, training mode), the screens take the kiosk's new details at once.
  const refresh = useCallback(() => {
    void loadKiosk(kiosk).then((loaded) => {
      if (!loaded.ok) return;
      if (loaded.value.info) actor.send({ type: 'INFO_LOADED', info: loaded.value.info });
      actor.send({ type: 'CATALOG_LOADED', catalog: loaded.value.catalog });
    });
  }, [kiosk, actor]);
  const formats = useMemo(() => formatsInZone(info?.timeZone), [info?.timeZone]);
  const staffLeft = useCallback(() => {
    actor.send({ type: 'STAFF_LEFT' });
    refresh();
  }, [actor, refresh]);

  return (
    // Times are shown in the kiosk's zone, as the receipt prints them, whatever the display's is.
    <IntlProvider locale={LOCALES[language]} messages={MESSAGES[language]} defaultLocale={LOCALES.id} formats={formats}>
      <StaffProvider kiosk={kiosk} onEnd={staffLeft}>
        <KioskFrame kiosk={kiosk} actor={actor} snapshot={snapshot} onKioskChanged={refresh} />
      </StaffProvider>
    </IntlProvider>
  );
}

/**
 * The citizen's session, or the staff desk while staff are signed in and not assisting;
 * the training band and the officer's name above either, on every screen.
 */
function KioskFrame({
  kiosk,
  actor,
  snapshot,
  onKioskChanged,
}: {
  kiosk: KioskApi;
  actor: ActorRefFrom<SessionMachine>;
  snapshot: SessionSnapshot;
  onKioskChanged: () => void;
}) {
  const staff = useStaff();
  const { visit, info, catalog, language, assistant } = snapshot.context;
  const session = staff.session;
  return (
    <div className="kiosk-frame">
      {info?.training && <TrainingBand />}
      {assistant && <AssistBanner name={assistant.name} />}
      <div className="kiosk-main">
        {session && !assistant ? (
          <Suspense fallback={null}>
            <StaffDesk
              kiosk={kiosk}
              catalog={catalog}
              info={info}
              language={language}
              onLanguage={(next) => actor.send({ type: 'LANGUAGE', language: next })}
              onAssist={() =>
                actor.send({ type: 'ASSIST', assistant: { name: session.name, staffNumber: session.staffNumber } })
              }
              onKioskChanged={onKioskChanged}
            />
          </Suspense>
        ) : (
          <Session key={visit} kiosk={kiosk} actor={actor} snapshot={snapshot} />
        )}
      </div>
      {staff.signingIn && !session && <StaffSignIn kiosk={kiosk} start={staff.signingIn} />}
    </div>
  );
}
