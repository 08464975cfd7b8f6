import { useActorRef, useSelector } from '@xstate/react';
import { useLayoutEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { KioskApi, Result } from '../preload/contract';
import { kioskSession } from './flow/kiosk-actors';
import { showsSameScreen, type Loaded } from './flow/session';
import { LOCALES, MESSAGES } from './i18n/messages';
import { Session } from './session/Session';

export function App({ kiosk, loading }: { kiosk: KioskApi; loading?: Promise<Result<Loaded>> }) {
  const [machine] = useState(() => kioskSession(kiosk, loading));
  const actor = useActorRef(machine);
  // Redrawn when what the screen shows changes, not while an answer is being checked.
  const snapshot = useSelector(actor, (s) => s, showsSameScreen);
  const { language, largeText, highContrast, visit, info } = snapshot.context;

  // On the root element so that every screen and dialog follows, in the frame of the tap.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.classList.toggle('text-large', largeText);
    root.classList.toggle('contrast-high', highContrast);
  }, [language, largeText, highContrast]);

  return (
    // Times are shown in the kiosk's zone, as the receipt prints them, whatever the display's is.
    <IntlProvider
      locale={LOCALES[language]}
      messages={MESSAGES[language]}
      defaultLocale={LOCALES.id}
      timeZone={info?.timeZone}
    >
      <Session key={visit} kiosk={kiosk} actor={actor} snapshot={snapshot} />
    </IntlProvider>
  );
}
