import { memo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { useSessionControls } from '../session/SessionControls';
import { useReadAloud, type SpeechStatus } from '../speech/ReadAloud';
import { Button } from './Button';
import { EveryLanguage } from './EveryLanguage';
import { ContrastIcon, SpeakerIcon, StaffIcon, StopIcon, TextSizeIcon } from './icons';

const READ_LABELS: Record<Exclude<SpeechStatus, 'speaking'>, MessageId> = {
  ready: 'tools.readAloud',
  done: 'tools.readAloudAgain',
  noVoice: 'tools.noVoice',
};

/**
 * Help on every screen, in the same place: listen, larger text, high contrast, call staff.
 * Before a language is chosen, each label is written in every language.
 */
export const ToolBar = memo(function ToolBar({ everyLanguage }: { everyLanguage: boolean }) {
  const intl = useIntl();
  const { largeText, highContrast, actor } = useSessionControls();
  const send = actor.send;
  const speech = useReadAloud();
  const label = (id: MessageId) => (
    <span className="tool-label">{everyLanguage ? <EveryLanguage id={id} /> : intl.formatMessage({ id })}</span>
  );
  return (
    <div className="toolbar" role="group" aria-label={intl.formatMessage({ id: 'tools.label' })}>
      {speech.status === 'speaking' ? (
        <Button className="tool" testId="read-aloud-stop" onClick={speech.stop}>
          <StopIcon />
          {label('tools.readAloudStop')}
        </Button>
      ) : (
        <Button className="tool" testId="read-aloud" onClick={speech.start} data-status={speech.status}>
          <SpeakerIcon muted={speech.status === 'noVoice'} />
          {label(READ_LABELS[speech.status])}
        </Button>
      )}
      <Button
        className="tool"
        testId="text-size"
        aria-pressed={largeText}
        onClick={() => send({ type: 'LARGE_TEXT', on: !largeText })}
      >
        <TextSizeIcon />
        {label('tools.largeText')}
      </Button>
      <Button
        className="tool"
        testId="high-contrast"
        aria-pressed={highContrast}
        onClick={() => send({ type: 'HIGH_CONTRAST', on: !highContrast })}
      >
        <ContrastIcon />
        {label('tools.highContrast')}
      </Button>
      <Button className="tool" testId="call-staff" onClick={() => send({ type: 'CALL_STAFF' })}>
        <StaffIcon />
        {label('tools.callStaff')}
      </Button>
    </div>
  );
});
