import type { ErrorCode, FieldErrorCode, Language } from '../../preload/contract';
import type reference from './id-ID.json';

/** id-ID.json is the reference catalog: its keys are the only message ids components may use. */
export type MessageId = keyof typeof reference;

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

/**
 * One file per language, named for its locale (`id-ID.json`); the language code is the
 * locale's first part. Adding a language to the UI is adding its file: the unit tests
 * check that it has every key of the reference with the same ICU arguments.
 */
const files = import.meta.glob<Record<MessageId, string>>('./*.json', { eager: true, import: 'default' });

const REFERENCE: Language = 'id';

const found = Object.entries(files).map(([path, messages]) => {
  const locale = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
  return { language: locale.split('-')[0] as Language, locale, messages };
});

/** Every language the kiosk speaks, in the order it offers them: Indonesian first, then by code. */
export const LANGUAGE_ORDER: Language[] = found
  .map((f) => f.language)
  .sort((a, b) => Number(b === REFERENCE) - Number(a === REFERENCE) || a.localeCompare(b));

export const MESSAGES = Object.fromEntries(found.map((f) => [f.language, f.messages])) as Record<
  Language,
  Record<MessageId, string>
>;

/**
 * Locales for Intl, the same as the printed receipt's (main/printing/build-receipt.ts):
 * British English writes "3 October 2026", as Indonesian does, rather than "October 3, 2026".
 */
export const LOCALES = Object.fromEntries(found.map((f) => [f.language, f.locale])) as Record<Language, string>;

export const FIELD_ERROR_MESSAGES: Record<FieldErrorCode, MessageId> = {
  required: 'fieldError.required',
  tooLong: 'fieldError.tooLong',
  number: 'fieldError.number',
  numberWhole: 'fieldError.numberWhole',
  numberDecimalComma: 'fieldError.numberDecimalComma',
  numberRange: 'fieldError.numberRange',
  date: 'fieldError.date',
  dateFuture: 'fieldError.dateFuture',
  choice: 'fieldError.choice',
  nikLength: 'fieldError.nikLength',
  nikDigits: 'fieldError.nikDigits',
  nikDate: 'fieldError.nikDate',
  nikSerial: 'fieldError.nikSerial',
  phone: 'fieldError.phone',
  consent: 'fieldError.consent',
};

export const ERROR_MESSAGES: Record<ErrorCode, MessageId> = {
  invalidInput: 'error.invalidInput',
  unknownMethod: 'error.unknownMethod',
  unknownService: 'error.unknownService',
  invalidAnswers: 'error.invalidAnswers',
  invalidTrackingCode: 'error.invalidTrackingCode',
  notFound: 'error.notFound',
  tooManyLookups: 'error.tooManyLookups',
  alreadySurveyed: 'error.alreadySurveyed',
  storageFailed: 'error.storageFailed',
  staffSignedOut: 'error.staffSignedOut',
  notAllowed: 'error.notAllowed',
  usbDrive: 'error.usbDrive',
  bundleRefused: 'error.bundleRefused',
  internal: 'error.internal',
};
