import type { Language } from '../../preload/contract';
import { INTL } from '../i18n/intl';
import { LANGUAGE_NAMES } from '../i18n/messages';
import { Button } from '../ui/Button';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';

const ORDER = Object.keys(LANGUAGE_NAMES) as Language[];

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
          <span lang="id">{INTL.id.formatMessage({ id: 'nav.back' })}</span>
          {' · '}
          <span lang="en">{INTL.en.formatMessage({ id: 'nav.back' })}</span>
        </Button>
      }
    >
      <h1 tabIndex={-1}>
        <span lang="id">{INTL.id.formatMessage({ id: 'language.title' })}</span>
        <span className="secondary-language" lang="en">
          {INTL.en.formatMessage({ id: 'language.title' })}
        </span>
      </h1>
      <div className="language-choices">
        {ORDER.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            className="btn language-choice"
            data-testid={`lang-${lang}`}
            onClick={() => send({ type: 'CHOOSE_LANGUAGE', language: lang })}
          >
            <span className="language-code" aria-hidden="true">
              {lang.toUpperCase()}
            </span>
            {INTL[lang].formatMessage({ id: LANGUAGE_NAMES[lang] })}
          </button>
        ))}
      </div>
    </ScreenFrame>
  );
}
