import { useIntl } from 'react-intl';
import { speak } from '../speech/speakable';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';

/** No buttons but the language: the request is on its way and must not be sent twice. */
export function SubmittingScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { language, catalog } = snapshot.context;
  return (
    <ScreenFrame
      testId="screen-submitting"
      language={language}
      agency={catalog?.agency}
      onLanguage={(l) => send({ type: 'LANGUAGE', language: l })}
      className="centered"
    >
      <div className="spinner" aria-hidden="true" />
      <h1 tabIndex={-1} aria-live="polite" {...speak()}>
        {intl.formatMessage({ id: 'submitting.title' })}
      </h1>
      <p className="status-text" {...speak()}>
        {intl.formatMessage({ id: 'submitting.body' })}
      </p>
    </ScreenFrame>
  );
}
