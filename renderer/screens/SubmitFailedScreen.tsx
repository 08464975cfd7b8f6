import { useIntl } from 'react-intl';
import { ERROR_MESSAGES } from '../i18n/messages';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { BackButton, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

export function SubmitFailedScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { submitError } = snapshot.context;
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-submit-failed"
      className="centered"
      footer={
        <>
          <BackButton send={send} label="submitFailed.review" />
          <Button variant="primary" testId="retry" onClick={() => send({ type: 'RETRY' })}>
            {intl.formatMessage({ id: 'submitFailed.retry' })}
          </Button>
        </>
      }
    >
      <svg className="status-icon status-icon-warning" viewBox="0 0 48 48" aria-hidden="true">
        <path d="M24 4L46 44H2z" fill="currentColor" />
        <path className="icon-mark" d="M24 18v12M24 36v1" strokeWidth="4" strokeLinecap="round" />
      </svg>
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'submitFailed.title' })}
      </h1>
      <p className="status-text" role="alert" data-testid="submit-error" {...speak()}>
        {intl.formatMessage({ id: ERROR_MESSAGES[submitError ?? 'internal'] })}
      </p>
      <p className="status-text" {...speak()}>
        {intl.formatMessage({ id: 'submitFailed.kept' })}
      </p>
    </SessionScreen>
  );
}
