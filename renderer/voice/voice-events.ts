/** The session events of complaints (C_*) and the survey (S_*); BACK, FINISH and RETRY are the session's own. */
import type { ComplaintType, ElementCode, Identity, ProfileField } from '../../preload/contract';
import type { ComplaintStep } from './complaint-draft';

export type VoiceEvent =
  | { type: 'COMPLAIN' }
  | { type: 'SURVEY' }
  | { type: 'C_TYPE'; value: ComplaintType }
  | { type: 'C_TOPIC'; code: string }
  | { type: 'C_ANSWER'; value: string }
  | { type: 'C_NEXT' }
  | { type: 'C_SKIP' }
  | { type: 'C_IDENTITY'; value: Identity }
  | { type: 'C_ACCEPT_NOTICE' }
  | { type: 'C_EDIT'; step: ComplaintStep }
  | { type: 'C_SEND' }
  | { type: 'S_CODE'; code: string }
  | { type: 'S_LOOKUP' }
  | { type: 'S_WITHOUT_CODE' }
  /** The service a survey without a code is about; null when the citizen does not say. */
  | { type: 'S_SERVICE'; serviceCode: string | null }
  | { type: 'S_SCORE'; element: ElementCode; score: 1 | 2 | 3 | 4 | null }
  | { type: 'S_PROFILE'; field: ProfileField; value: string | null }
  | { type: 'S_SUGGESTION'; value: string }
  | { type: 'S_NEXT' };
