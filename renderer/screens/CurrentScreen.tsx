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

/** The screen for the machine's state. */
export function CurrentScreen(props: ScreenProps) {
  const { snapshot } = props;
  if (snapshot.matches('boot') || snapshot.matches('unavailable')) return <BootScreen {...props} />;
  if (snapshot.matches('attract')) return <AttractScreen {...props} />;
  if (snapshot.matches('language')) return <LanguageScreen {...props} />;
  if (snapshot.matches('status')) return <StatusScreen {...props} />;
  if (snapshot.matches('services')) return <ServicesScreen {...props} />;
  if (snapshot.matches('standard')) return <StandardScreen {...props} />;
  if (snapshot.matches('notice')) return <NoticeScreen {...props} />;
  // One mount for all the questions: the frame, toolbar and keys stay and only what differs is
  // redrawn. Focus and scroll start over per question (ScreenFrame's step), the date picker
  // per field (its key).
  if (snapshot.matches('question')) return <QuestionScreen {...props} />;
  if (snapshot.matches('review')) return <ReviewScreen {...props} />;
  if (snapshot.matches('submitting')) return <SubmittingScreen {...props} />;
  if (snapshot.matches('submitFailed')) return <SubmitFailedScreen {...props} />;
  if (snapshot.matches('result')) return <ResultScreen {...props} />;
  if (snapshot.matches('complaint')) return <ComplaintScreen {...props} />;
  if (snapshot.matches('survey')) return <SurveyScreen {...props} />;
  return null;
}
