import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { Language } from '../../preload/contract';
import { LOCALES, MESSAGES } from './messages';

const cache = createIntlCache();

/**
 * One formatter per language, for the few screens that speak both languages at once
 * (attract, loading, language choice) because the citizen has not chosen yet.
 */
export const INTL: Record<Language, IntlShape> = {
  id: createIntl({ locale: LOCALES.id, messages: MESSAGES.id }, cache),
  en: createIntl({ locale: LOCALES.en, messages: MESSAGES.en }, cache),
};
