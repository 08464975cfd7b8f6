import { useIntl } from 'react-intl';
import type { Language } from '../../preload/contract';
import { intlIn } from '../i18n/intl';
import { LANGUAGE_ORDER } from '../i18n/messages';

type Props = { language: Language; onChange: (language: Language) => void };

/** Each language is named in itself, so a reader finds their own whichever is active. */
export function LanguageSwitch({ language, onChange }: Props) {
  const intl = useIntl();
  return (
    <div className="language-switch" role="group" aria-label={intl.formatMessage({ id: 'language.switch' })}>
      {LANGUAGE_ORDER.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={`btn btn-toggle ${lang === language ? 'is-selected' : ''}`}
          aria-pressed={lang === language}
          data-testid={`lang-${lang}`}
          onClick={() => onChange(lang)}
        >
          {intlIn(lang).formatMessage({ id: 'language.name' })}
        </button>
      ))}
    </div>
  );
}
