import type { ComponentType } from 'react';
import { stateName } from '../flow/session';
import { AttractScreen } from './AttractScreen';
import { BootScreen } from './BootScreen';
import { LanguageScreen } from './LanguageScreen';
import { NoticeScreen } from './NoticeScreen';
import { QuestionScreen } from './QuestionScreen';
import { ResultScreen } from './ResultScreen';
import { ReviewScreen } from './ReviewScreen';
import { ServicesScreen } from './ServicesScreen';
import { StandardScreen } from './StandardScreen';
import { StatusScreen } from './StatusScreen';
import { SubmitFailedScreen } from './SubmitFailedScreen';
import { SubmittingScreen } from './SubmittingScreen';
import type { ScreenProps } from './types';
import { ComplaintScreen } from '../voice/ComplaintScreen';
import { SurveyScreen } from '../voice/SurveyScreen';

/**
 * The screen for each top-level state. One question mount serves all the questions: the frame,
 * toolbar and keys stay and only what differs is redrawn. Focus and scroll start over per
 * question (ScreenFrame's step), the date picker per field (its key).
 */
const SCREENS: Record<string, ComponentType<ScreenProps>> = {
  boot: BootScreen,
  unavailable: BootScreen,
  attract: AttractScreen,
  language: LanguageScreen,
  status: StatusScreen,
  services: ServicesScreen,
  standard: StandardScreen,
  notice: NoticeScreen,
  question: QuestionScreen,
  review: ReviewScreen,
  submitting: SubmittingScreen,
  submitFailed: SubmitFailedScreen,
  result: ResultScreen,
  complaint: ComplaintScreen,
  survey: SurveyScreen,
};

/**
 * The screen for the machine's state, found by its name once per render rather than asking
 * the snapshot about each screen in turn (each such question parses a state path anew).
 */
export function CurrentScreen(props: ScreenProps) {
  const Screen = SCREENS[stateName(props.snapshot)];
  return Screen ? <Screen {...props} /> : null;
}
