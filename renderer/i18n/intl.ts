import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { Language } from '../../preload/contract';
import { LOCALES, MESSAGES } from './messages';

const cache = createIntlCache();

const made = new Map<Language, IntlShape>();

/**
 * A formatter in one language, for the few screens that speak every language at once
 * (attract, loading, language choice) because the citizen has not chosen yet. Made when
 * first drawn rather than when the page's script is evaluated: the first Intl call is the
 * expensive one (intl-warm-up.ts), and the later it comes, the likelier the worker has made it.
 */
export function intlIn(language: Language): IntlShape {
  const known = made.get(language);
  if (known) return known;
  const intl = createIntl({ locale: LOCALES[language], messages: MESSAGES[language] }, cache);
  made.set(language, intl);
  return intl;
}
