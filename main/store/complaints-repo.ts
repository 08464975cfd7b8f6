/**
 * Complaints, aspirations and information requests (SP4N-LAPOR!) as rows of requests
 * (migration 0009): the same id space gives their tracking codes, the same print columns
 * their receipts, the same seq their place in the events for the hub, and the same purge
 * empties their sealed content. Only the type, topic and identity choice are plain.
 */
import type { LocalizedText } from '../../preload/contract.ts';
import type { ComplaintStage, ComplaintType, Identity } from '../../sync/complaint-stages.ts';
import type { SyncEvent } from '../../sync/events.ts';
import type { ComplaintFiled, Reporter } from '../../sync/voice-events.ts';
import { nextEventSeq } from './counters.ts';
import type { Db } from './open-database.ts';
import { seal, sealedAt, unseal } from './sealing.ts';
import { statement } from './statements.ts';
import { COMPLAINT_SERVICE } from '../../sync/complaint-codes.ts';

export { COMPLAINT_SERVICE };

/** What is kept of a complaint after its content is purged. */
export interface ComplaintMeta {
  type: ComplaintType;
  topic: string[];
  topicNames: LocalizedText[];
  identity: Identity;
}

/** What the citizen typed, and who they are unless anonymous: sealed. */
export interface ComplaintContent {
  text: string;
  place: string | null;
  happenedOn: string | null;
  reporter: Reporter | null;
}

export interface NewComplaint {
  trackingCode: string;
  language: 'id' | 'en';
  filedAt: string;
  /** The kiosk's calendar day, from which LAPOR! deadlines count. */
  filedOn: string;
  meta: ComplaintMeta;
  content: ComplaintContent;
  noticeVersion: string | null;
  catalogVersion: string | null;
}

export interface StoredComplaint {
  id: number;
  trackingCode: string;
  language: 'id' | 'en';
  filedAt: string;
  filedOn: string;
  meta: ComplaintMeta;
  /** The agency's last word: its LAPOR! stage and when it changed; null until the hub says anything. */
  stage: { stage: ComplaintStage; changedAt: string } | null;
  printedAt: string | null;
}

/** One row, written inside the caller's transaction with the id it took from takeRequestNumber. */
export function insertComplaint(db: Db, id: number, c: NewComplaint): void {
  statement(
    db,
    `INSERT INTO requests (id, kind, tracking_code, service_code, language, counter, queue_day, queue_number,
       requested_at, seq, answers, print_status, print_queued_at, notice_version, catalog_version, complaint)
     VALUES (?, 'complaint', ?, ?, ?, '', ?, 0, ?, ?, ?, 'queued', ?, ?, ?, ?)`,
  ).run(
    id,
    c.trackingCode,
    COMPLAINT_SERVICE,
    c.language,
    c.filedOn,
    c.filedAt,
    nextEventSeq(db),
    seal(db, c.content, sealedAt.answers(c.trackingCode)),
    c.filedAt,
    c.noticeVersion,
    c.catalogVersion,
    JSON.stringify(c.meta),
  );
}

type ComplaintRow = {
  id: number;
  tracking_code: string;
  language: 'id' | 'en';
  requested_at: string;
  queue_day: string;
  complaint: string;
  hub_stage: ComplaintStage | null;
  hub_status_at: string | null;
  printed_at: string | null;
};

/** The complaint with this row id, or undefined when the row is a request. */
export function complaintById(db: Db, id: number): StoredComplaint | undefined {
  const row = statement(
    db,
    `SELECT id, tracking_code, language, requested_at, queue_day, complaint, hub_stage, hub_status_at, printed_at
     FROM requests WHERE id = ? AND kind = 'complaint'`,
  ).get(id) as ComplaintRow | undefined;
  return (
    row && {
      id: row.id,
      trackingCode: row.tracking_code,
      language: row.language,
      filedAt: row.requested_at,
      filedOn: row.queue_day,
      meta: JSON.parse(row.complaint) as ComplaintMeta,
      stage: row.hub_stage && row.hub_status_at ? { stage: row.hub_stage, changedAt: row.hub_status_at } : null,
      printedAt: row.printed_at,
    }
  );
}

/** Its content, or null once purged. */
export function complaintContent(db: Db, complaint: StoredComplaint): ComplaintContent | null {
  const sealed = statement(db, 'SELECT answers FROM requests WHERE id = ?')
    .pluck()
    .get(complaint.id) as Uint8Array | null;
  return sealed ? unseal<ComplaintContent>(db, sealed, sealedAt.answers(complaint.trackingCode)) : null;
}

/** The columns of a requests row the push needs for a complaint's event. */
export type ComplaintEventRow = {
  seq: number;
  tracking_code: string;
  language: 'id' | 'en';
  requested_at: string;
  queue_day: string;
  answers: Uint8Array | null;
  complaint: string | null;
  catalog_version: string | null;
  notice_version: string | null;
};

/**
 * A complaint's event for the hub, content unsealed for the batch only. One purged before
 * it reached the hub (it never is: purging waits for the hub) would carry an empty text.
 */
export function complaintEvent(db: Db, row: ComplaintEventRow): SyncEvent {
  const content = row.answers
    ? unseal<ComplaintContent>(db, row.answers, sealedAt.answers(row.tracking_code))
    : { text: '-', place: null, happenedOn: null, reporter: null };
  const meta = JSON.parse(row.complaint ?? '{}') as ComplaintMeta;
  const data: ComplaintFiled = {
    trackingCode: row.tracking_code,
    ...meta,
    ...content,
    language: row.language,
    filedAt: row.requested_at,
    filedOn: row.queue_day,
    catalogVersion: row.catalog_version,
    noticeVersion: row.notice_version,
  };
  return { seq: row.seq, kind: 'complaint.filed', at: row.requested_at, data };
}
