import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { Language } from '../../preload/contract';
import { LANGUAGE_ORDER, LOCALES, MESSAGES } from './messages';

const cache = createIntlCache();

/**
 * One formatter per language, for the few screens that speak every language at once
 * (attract, loading, language choice) because the citizen has not chosen yet.
 */
export const INTL = Object.fromEntries(
  LANGUAGE_ORDER.map((language) => [
    language,
    createIntl({ locale: LOCALES[language], messages: MESSAGES[language] }, cache),
  ]),
) as Record<Language, IntlShape>;
