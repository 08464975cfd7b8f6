import { useMachine } from '@xstate/react';
import { useEffect, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { KioskApi } from '../preload/contract';
import { kioskSession } from './flow/kiosk-actors';
import { LOCALES, MESSAGES } from './i18n/messages';
import { AttractScreen } from './screens/AttractScreen';
import { BootScreen } from './screens/BootScreen';
import { LanguageScreen } from './screens/LanguageScreen';
import { QuestionScreen } from './screens/QuestionScreen';
import { ResultScreen } from './screens/ResultScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { ServicesScreen } from './screens/ServicesScreen';
import { StandardScreen } from './screens/StandardScreen';
import { SubmitFailedScreen } from './screens/SubmitFailedScreen';
import { SubmittingScreen } from './screens/SubmittingScreen';
import type { ScreenProps } from './screens/types';

function CurrentScreen(props: ScreenProps) {
  const { snapshot } = props;
  if (snapshot.matches('boot') || snapshot.matches('unavailable')) return <BootScreen {...props} />;
  if (snapshot.matches('attract')) return <AttractScreen {...props} />;
  if (snapshot.matches('language')) return <LanguageScreen {...props} />;
  if (snapshot.matches('services')) return <ServicesScreen {...props} />;
  if (snapshot.matches('standard')) return <StandardScreen {...props} />;
  // One mount per question: focus, scroll and the date picker's half-picked parts start fresh.
  if (snapshot.matches('question')) return <QuestionScreen key={snapshot.context.index} {...props} />;
  if (snapshot.matches('review')) return <ReviewScreen {...props} />;
  if (snapshot.matches('submitting')) return <SubmittingScreen {...props} />;
  if (snapshot.matches('submitFailed')) return <SubmitFailedScreen {...props} />;
  if (snapshot.matches('result')) return <ResultScreen {...props} />;
  return null;
}

export function App({ kiosk }: { kiosk: KioskApi }) {
  const [machine] = useState(() => kioskSession(kiosk));
  const [snapshot, send] = useMachine(machine);
  const { language } = snapshot.context;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <IntlProvider locale={LOCALES[language]} messages={MESSAGES[language]} defaultLocale={LOCALES.id}>
      <CurrentScreen snapshot={snapshot} send={send} />
    </IntlProvider>
  );
}
