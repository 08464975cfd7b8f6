/**
 * A complaint's stages as SP4N-LAPOR! runs them (Perpres 76/2013): received, verified
 * (within 3 working days of filing), forwarded to the office in charge, answered (within 5
 * working days of forwarding), closed (10 working days after an answer the citizen did not
 * reply to). The hub moves a complaint forward, skipping stages where it must (an
 * information request may be answered without forwarding); closed is final.
 */
import { z } from 'zod';
import { COMPLAINT_STAGES, COMPLAINT_TYPES, IDENTITIES } from './complaint-codes.ts';
import { deadlineOf } from './working-days.ts';

export { COMPLAINT_STAGES, COMPLAINT_TYPES, IDENTITIES };

export const ComplaintStage = z.enum(COMPLAINT_STAGES);
export type ComplaintStage = z.infer<typeof ComplaintStage>;

export const ComplaintType = z.enum(COMPLAINT_TYPES);
export type ComplaintType = z.infer<typeof ComplaintType>;

export const Identity = z.enum(IDENTITIES);
export type Identity = z.infer<typeof Identity>;

export const STAGE_DEADLINE_DAYS = { verify: 3, answer: 5, close: 10 } as const;

export function canAdvance(from: ComplaintStage, to: ComplaintStage): boolean {
  return COMPLAINT_STAGES.indexOf(to) > COMPLAINT_STAGES.indexOf(from);
}

/** What the citizen waits for next, and by which day; null once closed or while no deadline runs. */
export type NextStep = { step: 'verify' | 'answer' | 'close'; by: string } | null;

/**
 * The deadline running at a stage, from the day the complaint was filed and the day the
 * current stage began (both 'YYYY-MM-DD' on the agency's calendar).
 */
export function nextStep(stage: ComplaintStage, filedOn: string, stageOn: string): NextStep {
  switch (stage) {
    case 'received':
      return { step: 'verify', by: deadlineOf(filedOn, STAGE_DEADLINE_DAYS.verify) };
    case 'forwarded':
      return { step: 'answer', by: deadlineOf(stageOn, STAGE_DEADLINE_DAYS.answer) };
    case 'answered':
      return { step: 'close', by: deadlineOf(stageOn, STAGE_DEADLINE_DAYS.close) };
    default:
      return null;
  }
}
