/**
 * The console's ICU message catalogs, one file per locale; id-ID.json is the reference and
 * its keys are the only message ids components may use (through t.tsx, which checks them:
 * react-intl's own id type belongs to the kiosk's renderer in this one type-checked tree).
 * A unit test checks that every catalog has every key with the same arguments.
 */
import type reference from './id-ID.json';
import type { Language } from '../api/hub-types';

export type MessageId = keyof typeof reference;

const files = import.meta.glob<Record<MessageId, string>>('./*.json', { eager: true, import: 'default' });

export const MESSAGES = {} as Record<Language, Record<MessageId, string>>;
export const LOCALES = {} as Record<Language, string>;
for (const [path, messages] of Object.entries(files)) {
  const locale = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
  const language = locale.split('-')[0] as Language;
  MESSAGES[language] = messages;
  LOCALES[language] = locale;
}
