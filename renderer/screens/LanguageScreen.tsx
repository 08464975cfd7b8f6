import { intlIn } from '../i18n/intl';
import { LANGUAGE_ORDER } from '../i18n/messages';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { EveryLanguage } from '../ui/EveryLanguage';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';

/** Choosing a language is also the step forward: one tap, no separate Next. */
export function LanguageScreen({ snapshot, send }: ScreenProps) {
  const { language, catalog } = snapshot.context;
  return (
    <ScreenFrame
      testId="screen-language"
      language={language}
      agency={catalog?.agency}
      footer={
        <Button variant="secondary" testId="back" onClick={() => send({ type: 'BACK' })}>
          <span className="every-language-inline">
            <EveryLanguage id="nav.back" />
          </span>
        </Button>
      }
    >
      <h1 tabIndex={-1}>
        <EveryLanguage id="language.title" speakable />
      </h1>
      <div className="language-choices">
        {LANGUAGE_ORDER.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            className="btn language-choice"
            data-testid={`lang-${lang}`}
            onClick={() => send({ type: 'CHOOSE_LANGUAGE', language: lang })}
          >
            <span className="language-code" aria-hidden="true" translate="no">
              {lang.toUpperCase()}
            </span>
            <span {...speak()}>{intlIn(lang).formatMessage({ id: 'language.name' })}</span>
          </button>
        ))}
      </div>
    </ScreenFrame>
  );
}
