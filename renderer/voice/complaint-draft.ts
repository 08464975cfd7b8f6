/**
 * A complaint being written, one screen at a time: its type, topic (walked down the
 * catalog's tree), text, optional place and date, how the citizen wants to be known, and for
 * a named or confidential complaint the privacy notice and the reporter's NIK, name and
 * mobile number. Pure: the session machine keeps the draft and calls these to move it.
 */
import type {
  ComplaintDesk,
  ComplaintField,
  ComplaintReceipt,
  ComplaintTopic,
  ComplaintType,
  ErrorCode,
  FieldErrorCode,
  Identity,
  NewComplaint,
} from '../../preload/contract';

export type ComplaintStep =
  | 'type'
  | 'topic'
  | 'text'
  | 'place'
  | 'date'
  | 'identity'
  | 'notice'
  | 'nik'
  | 'name'
  | 'phone'
  | 'review'
  | 'sending'
  | 'failed'
  | 'done';

/** The steps whose answer the kiosk checks before moving on, and the field each answers. */
export const CHECKED_STEPS: Partial<Record<ComplaintStep, ComplaintField>> = {
  text: 'text',
  place: 'place',
  date: 'happenedOn',
  nik: 'nik',
  name: 'name',
  phone: 'phone',
};

export type ComplaintDraft = {
  step: ComplaintStep;
  type: ComplaintType | null;
  /** The topic path chosen so far; the topic step shows the topics under it. */
  topic: string[];
  answers: Record<ComplaintField, string>;
  /** The kiosk's display of each checked answer (a NIK masked). */
  displays: Partial<Record<ComplaintField, string>>;
  identity: Identity | null;
  noticeVersion: string | null;
  problem: { kind: 'field'; code: FieldErrorCode } | { kind: 'system'; code: ErrorCode } | null;
  receipt: ComplaintReceipt | null;
  /** Set when review sent the citizen back to change one answer: the next Next returns to review. */
  editing: boolean;
};

export const newComplaint = (): ComplaintDraft => ({
  step: 'type',
  type: null,
  topic: [],
  answers: { text: '', place: '', happenedOn: '', nik: '', name: '', phone: '' },
  displays: {},
  identity: null,
  noticeVersion: null,
  problem: null,
  receipt: null,
  editing: false,
});

/** The topics to choose from at the draft's place in the tree. */
export function topicsAt(desk: ComplaintDesk | undefined, path: readonly string[]): ComplaintTopic[] {
  let level = desk?.topics ?? [];
  for (const code of path) level = level.find((t) => t.code === code)?.topics ?? [];
  return level;
}

const personal = (draft: ComplaintDraft) => draft.identity === 'named' || draft.identity === 'confidential';

/** The step after this one, once its answer is accepted. */
export function stepAfter(draft: ComplaintDraft): ComplaintStep {
  if (draft.editing) return 'review';
  const order: ComplaintStep[] = ['type', 'topic', 'text', 'place', 'date', 'identity'];
  const at = order.indexOf(draft.step);
  if (at >= 0 && at < order.length - 1) return order[at + 1]!;
  if (draft.step === 'identity') return personal(draft) ? 'notice' : 'review';
  if (draft.step === 'notice') return 'nik';
  if (draft.step === 'nik') return 'name';
  if (draft.step === 'name') return 'phone';
  return 'review';
}

/** The step before this one, for Back; null: back leaves the complaint for the start screen. */
export function stepBefore(draft: ComplaintDraft): ComplaintStep | null {
  if (draft.editing) return 'review';
  switch (draft.step) {
    case 'type':
      return null;
    case 'topic':
      return 'type';
    case 'text':
      return 'topic';
    case 'place':
      return 'text';
    case 'date':
      return 'place';
    case 'identity':
      return 'date';
    case 'notice':
      return 'identity';
    case 'nik':
      return 'notice';
    case 'name':
      return 'nik';
    case 'phone':
      return 'name';
    case 'review':
      return personal(draft) ? 'phone' : 'identity';
    default:
      return 'review';
  }
}

/** What is sent: an anonymous complaint carries no reporter and no notice at all. */
export function complaintInput(
  draft: ComplaintDraft,
  language: NewComplaint['language'],
  catalogVersion: string | null | undefined,
): NewComplaint {
  const { answers } = draft;
  const input: NewComplaint = {
    type: draft.type!,
    topic: draft.topic,
    text: answers.text,
    place: answers.place || null,
    happenedOn: answers.happenedOn || null,
    identity: draft.identity!,
    reporter: personal(draft) ? { nik: answers.nik, name: answers.name, phone: answers.phone } : null,
    language,
    noticeVersion: personal(draft) ? draft.noticeVersion : null,
  };
  if (catalogVersion !== undefined) input.catalogVersion = catalogVersion;
  return input;
}
