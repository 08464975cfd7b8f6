/**
 * A satisfaction survey being answered: optionally first a tracking code (typed or
 * scanned) or, without one, the service it is about (reports count per service), then one
 * element per screen by code, U1 to U9, then the optional profile and a suggestion. Pure:
 * the session machine keeps the draft and calls these to move it.
 */
import type { ElementCode, ErrorCode, NewSurvey, Profile, ProfileField, SurveyScores } from '../../preload/contract';
import { COST_ELEMENT, PROFILE_FIELDS, SKM_ELEMENTS } from '../../sync/skm-elements';

export type SurveyStep =
  | { kind: 'code' }
  | { kind: 'service' }
  | { kind: 'element'; code: ElementCode }
  | { kind: 'profile'; field: ProfileField }
  | { kind: 'suggestion' }
  | { kind: 'sending' }
  | { kind: 'thanks' };

export type SurveyDraft = {
  step: SurveyStep;
  /** The code as typed so far (code step), then the code the survey is about. */
  code: string;
  aboutCode: string | null;
  serviceCode: string | null;
  /** A free service (or one unknown) may skip the cost element. */
  free: boolean;
  scores: SurveyScores;
  profile: Profile;
  suggestion: string;
  error: ErrorCode | null;
};

const noScores = (): SurveyScores =>
  Object.fromEntries(SKM_ELEMENTS.map((code) => [code, null])) as unknown as SurveyScores;

/** A survey about a known request or complaint starts at the first element; from the start screen, at the code. */
export function newSurvey(about?: { code: string; serviceCode: string | null; free: boolean }): SurveyDraft {
  return {
    step: about ? { kind: 'element', code: SKM_ELEMENTS[0] } : { kind: 'code' },
    code: '',
    aboutCode: about?.code ?? null,
    serviceCode: about?.serviceCode ?? null,
    free: about?.free ?? true,
    scores: noScores(),
    profile: { sex: null, ageBand: null, education: null, occupation: null },
    suggestion: '',
    error: null,
  };
}

const ORDER: SurveyStep[] = [
  ...SKM_ELEMENTS.map((code): SurveyStep => ({ kind: 'element', code })),
  ...PROFILE_FIELDS.map((field): SurveyStep => ({ kind: 'profile', field })),
  { kind: 'suggestion' },
];
const indexOf = (step: SurveyStep) => ORDER.findIndex((s) => JSON.stringify(s) === JSON.stringify(step));

/** The step after this one (a code found, a service chosen: the first element); the suggestion is the last before sending. */
export function surveyStepAfter(step: SurveyStep): SurveyStep {
  if (step.kind === 'code' || step.kind === 'service') return ORDER[0]!;
  return ORDER[indexOf(step) + 1] ?? { kind: 'sending' };
}

/**
 * The step before; null leaves the survey (back to where it was offered). From the start
 * screen the first element goes back to the service chosen without a code, or to the code.
 */
export function surveyStepBefore(draft: SurveyDraft): SurveyStep | null {
  if (draft.step.kind === 'service') return { kind: 'code' };
  const at = indexOf(draft.step);
  if (at > 0) return ORDER[at - 1]!;
  if (at < 0) return null;
  if (draft.aboutCode === null) return { kind: 'service' };
  return draft.code !== '' ? { kind: 'code' } : null;
}

/**
 * The survey without a code, about the service the citizen picked (null: not said, counted
 * for the kiosk and its unit only). The cost element may be skipped unless the service
 * charges.
 */
export function aboutService(draft: SurveyDraft, serviceCode: string | null, costIdr: number): SurveyDraft {
  return { ...draft, serviceCode, free: costIdr === 0, step: surveyStepAfter(draft.step), error: null };
}

/** Whether the citizen may skip this element: only the cost, and only for a free service. */
export const maySkip = (draft: SurveyDraft, code: ElementCode) => code === COST_ELEMENT && draft.free;

/** A short label for staff and read-aloud: "u3", "sex", "code". */
export function surveyStepName(step: SurveyStep): string {
  if (step.kind === 'element') return step.code.toLowerCase();
  if (step.kind === 'profile') return step.field.toLowerCase();
  return step.kind;
}

export function surveyInput(draft: SurveyDraft, language: NewSurvey['language']): NewSurvey {
  return {
    aboutCode: draft.aboutCode,
    serviceCode: draft.serviceCode,
    language,
    scores: draft.scores,
    profile: draft.profile,
    suggestion: draft.suggestion.trim() || null,
  };
}
