import type { ErrorCode, FieldErrorCode, Language, LocalizedText } from '../../preload/contract';
import en from './en.json';
import id from './id.json';

/** id.json is the reference catalog: its keys are the only message ids components may use. */
export type MessageId = keyof typeof id;

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

// Typed as a full record so a key missing from en.json fails type-checking; the unit test
// also catches keys present only in en.json.
export const MESSAGES: Record<Language, Record<MessageId, string>> = { id, en };

/**
 * Locales for Intl, the same as the printed receipt's (main/printing/build-receipt.ts):
 * British English writes "3 October 2026", as Indonesian does, rather than "October 3, 2026".
 */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** Every language the kiosk speaks, in the order it offers them, named in itself. */
export const LANGUAGE_NAMES: Record<Language, MessageId> = { id: 'language.id', en: 'language.en' };

export const FIELD_ERROR_MESSAGES: Record<FieldErrorCode, MessageId> = {
  required: 'fieldError.required',
  tooLong: 'fieldError.tooLong',
  number: 'fieldError.number',
  numberRange: 'fieldError.numberRange',
  date: 'fieldError.date',
  dateFuture: 'fieldError.dateFuture',
  choice: 'fieldError.choice',
  nikLength: 'fieldError.nikLength',
  nikDigits: 'fieldError.nikDigits',
  nikDate: 'fieldError.nikDate',
  nikSerial: 'fieldError.nikSerial',
  phone: 'fieldError.phone',
};

export const ERROR_MESSAGES: Record<ErrorCode, MessageId> = {
  invalidInput: 'error.invalidInput',
  unknownMethod: 'error.unknownMethod',
  unknownService: 'error.unknownService',
  invalidAnswers: 'error.invalidAnswers',
  invalidTrackingCode: 'error.invalidTrackingCode',
  notFound: 'error.notFound',
  storageFailed: 'error.storageFailed',
  internal: 'error.internal',
};

/** Catalog content (service names, requirements) comes in both languages; pick the active one. */
export const localized = (text: LocalizedText, language: Language): string => text[language];
