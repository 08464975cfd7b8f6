import type { Counter, LocalizedText, ReceiptDocument, Service, Language } from '../../preload/contract.ts';
import { RECEIPT_TEXT } from './receipt-text.ts';

export interface ReceiptFacts {
  language: Language;
  agency: LocalizedText;
  kioskName: string;
  service: Service;
  counter: Counter;
  trackingCode: string;
  trackingCodeDisplay: string;
  queueNumber: string;
  requestedAt: Date;
  timeZone: string;
  maskedNik: string | undefined;
  /** The officer who filed it with the citizen; null: the citizen alone. */
  assistedBy: string | null;
}

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs more than a whole submission's SQL, so each is made once. */
function dateTimeFormat(language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${language} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** What a receipt's QR code carries: the bare tracking code, which a kiosk's scanner opens. */
export const qrPayload = (trackingCode: string): string => trackingCode;

/** The one receipt document, built by the print queue as it prints. */
export function buildReceipt(f: ReceiptFacts): ReceiptDocument {
  const t = RECEIPT_TEXT[f.language];
  const when = dateTimeFormat(f.language, f.timeZone).format(f.requestedAt);
  return {
    language: f.language,
    blocks: [
      { type: 'title', text: f.agency[f.language] },
      { type: 'text', text: `${t.kiosk}: ${f.kioskName}` },
      { type: 'rule' },
      { type: 'pair', label: t.service, value: f.service.service_name[f.language] },
      { type: 'big', label: t.queueNumber, value: f.queueNumber },
      // As the screen says it: the counter's letter to look for, and its name.
      { type: 'pair', label: t.goTo, value: `${t.counter} ${f.counter.code} - ${f.counter.name[f.language]}` },
      { type: 'big', label: t.trackingCode, value: f.trackingCodeDisplay },
      { type: 'pair', label: t.requestedAt, value: when },
      ...(f.maskedNik ? [{ type: 'pair' as const, label: t.nik, value: f.maskedNik }] : []),
      ...(f.assistedBy ? [{ type: 'pair' as const, label: t.assistedBy, value: f.assistedBy }] : []),
      { type: 'rule' },
      { type: 'list', label: t.bring, items: f.service.standard.requirements.map((r) => r[f.language]) },
      { type: 'qr', payload: qrPayload(f.trackingCode), caption: t.qrCaption },
      { type: 'text', text: t.keep, bold: true },
    ],
  };
}
