/**
 * Checks and records a complaint, aspiration or information request in one transaction:
 * its row (tracking code, sealed content, print job, event seq). Personal data is taken
 * only for a named or confidential complaint, and only after the privacy notice; an
 * anonymous one carries none at all.
 */
import type { Catalog, ComplaintTopic, FieldError, LocalizedText } from '../../preload/contract.ts';
import type { ComplaintField, NewComplaint } from '../../preload/voice-contract.ts';
import type { Db } from '../store/open-database.ts';
import { takeRequestNumber } from '../store/requests-repo.ts';
import {
  complaintById,
  insertComplaint,
  type ComplaintContent,
  type StoredComplaint,
} from '../store/complaints-repo.ts';
import type { KioskIdentity } from '../requests/submit-request.ts';
import { queueDay } from '../requests/queue-day.ts';
import { checkAnswer } from '../requests/validate-answer.ts';
import { complaintFields } from './complaint-fields.ts';

export type Recorded =
  { ok: true; complaint: StoredComplaint } | { ok: false; problem: string; fieldErrors?: FieldError[] };

/** The names along a topic path, or null when the path does not end at a topic without narrower ones. */
export function topicNames(topics: readonly ComplaintTopic[], path: readonly string[]): LocalizedText[] | null {
  const names: LocalizedText[] = [];
  let level: readonly ComplaintTopic[] | undefined = topics;
  for (const code of path) {
    const topic: ComplaintTopic | undefined = level?.find((t) => t.code === code);
    if (!topic) return null;
    names.push(topic.name);
    level = topic.topics;
  }
  return level === undefined ? names : null;
}

export function recordComplaint(
  db: Db,
  catalog: Catalog,
  catalogVersion: string | null,
  kiosk: KioskIdentity,
  input: NewComplaint,
  now: Date,
): Recorded {
  const desk = catalog.complaints;
  if (!desk) return { ok: false, problem: 'This kiosk takes no complaints: its catalog has no complaint desk.' };
  const names = topicNames(desk.topics, input.topic);
  if (!names) return { ok: false, problem: `No topic ${input.topic.join('/')} to choose in the catalog.` };
  const anonymous = input.identity === 'anonymous';
  if (anonymous !== (input.reporter === null)) {
    return { ok: false, problem: 'An anonymous complaint has no reporter; a named or confidential one needs one.' };
  }
  const notice = anonymous ? null : (catalog.privacy?.version ?? null);
  if (input.noticeVersion !== notice) {
    return { ok: false, problem: `Send the privacy notice shown before the reporter's details (${notice}).` };
  }

  const today = queueDay(now, kiosk.timeZone);
  const fields = complaintFields(desk);
  const errors: FieldError[] = [];
  const checked = (field: ComplaintField, value: string | null): string | null => {
    const check = checkAnswer(fields[field], value ?? '', today);
    if (!check.ok) errors.push({ field, code: check.code });
    return check.ok && check.answer.value !== '' ? String(check.answer.value) : null;
  };
  const text = checked('text', input.text);
  const place = checked('place', input.place);
  const happenedOn = checked('happenedOn', input.happenedOn);
  const reporter = input.reporter && {
    nik: checked('nik', input.reporter.nik),
    name: checked('name', input.reporter.name),
    phone: checked('phone', input.reporter.phone),
  };
  if (errors.length > 0 || text === null)
    return { ok: false, problem: 'Some answers were refused.', fieldErrors: errors };
  const content: ComplaintContent = {
    text,
    place,
    happenedOn,
    reporter: reporter && { nik: reporter.nik!, name: reporter.name!, phone: reporter.phone! },
  };

  const complaint = db.transaction(() => {
    const id = takeRequestNumber(db);
    insertComplaint(db, id, {
      trackingCode: kiosk.codes.codeFor(id),
      language: input.language,
      filedAt: now.toISOString(),
      filedOn: today,
      meta: { type: input.type, topic: input.topic, topicNames: names, identity: input.identity },
      content,
      noticeVersion: input.noticeVersion,
      catalogVersion,
    });
    return complaintById(db, id)!;
  })();
  return { ok: true, complaint };
}
