/**
 * A complaint's receipt, built from its row whenever it is needed (screen, printer,
 * reprint), as a request's is: its type and topic, the tracking code, when it was filed,
 * how the citizen chose to be known, and the LAPOR! deadline that runs first. Never the
 * text or the reporter's details.
 */
import type { Catalog, Language, ReceiptBlock, ReceiptDocument } from '../../preload/contract.ts';
import { STAGE_DEADLINE_DAYS } from '../../sync/complaint-stages.ts';
import { deadlineOf } from '../../sync/working-days.ts';
import type { StoredComplaint } from '../store/complaints-repo.ts';
import { formatTrackingCode } from '../requests/tracking-code.ts';
import { COMPLAINT_RECEIPT_TEXT } from './complaint-receipt-text.ts';
import { qrPayload } from '../printing/build-receipt.ts';

export interface ComplaintReceiptSource {
  catalog: Catalog;
  kiosk: { name: string; timeZone: string };
}

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

export function complaintReceipt(source: ComplaintReceiptSource, complaint: StoredComplaint): ReceiptDocument {
  const language = complaint.language;
  const t = COMPLAINT_RECEIPT_TEXT[language];
  const when = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: source.kiosk.timeZone,
  }).format(new Date(complaint.filedAt));
  const verifyBy = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${deadlineOf(complaint.filedOn, STAGE_DEADLINE_DAYS.verify)}T00:00:00Z`),
  );
  const { meta } = complaint;
  const blocks: ReceiptBlock[] = [
    { type: 'title', text: source.catalog.agency[language] },
    { type: 'text', text: `${t.kiosk}: ${source.kiosk.name}` },
    { type: 'rule' },
    { type: 'pair', label: t.kind, value: t.types[meta.type] },
    { type: 'pair', label: t.topic, value: meta.topicNames.map((n) => n[language]).join(' - ') },
    { type: 'big', label: t.trackingCode, value: formatTrackingCode(complaint.trackingCode) },
    { type: 'pair', label: t.filedAt, value: when },
    { type: 'pair', label: t.identity, value: t.identities[meta.identity] },
    { type: 'rule' },
    { type: 'text', text: t.verifyBy(verifyBy), bold: true },
    { type: 'text', text: t.stages },
    ...(meta.identity === 'anonymous' ? [{ type: 'text' as const, text: t.anonymous }] : []),
    { type: 'qr', payload: qrPayload(complaint.trackingCode), caption: t.qrCaption },
    { type: 'text', text: t.keep, bold: true },
  ];
  return { language, blocks };
}
