import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { SessionEvent } from '../flow/session';
import type { MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';

type Props = ScreenProps & {
  testId: string;
  /** Changes when the same screen shows something new: the next question. */
  step?: string;
  footer: ReactNode;
  className?: string;
  /** The result screen has nothing left to cancel: its Finish button ends the session. */
  cancellable?: boolean;
  children: ReactNode;
};

/** A screen inside a citizen's session: the agency, the language switch and Cancel come from the session. */
export function SessionScreen({
  snapshot,
  send,
  testId,
  step,
  footer,
  className,
  cancellable = true,
  children,
}: Props) {
  const { language, catalog } = snapshot.context;
  return (
    <ScreenFrame
      testId={testId}
      step={step}
      language={language}
      agency={catalog?.agency}
      onLanguage={(l) => send({ type: 'LANGUAGE', language: l })}
      onCancel={cancellable ? () => send({ type: 'RESET' }) : undefined}
      className={className}
      footer={footer}
    >
      {children}
    </ScreenFrame>
  );
}

/** The Back button of the footer; `label` words it differently where back means something else. */
export function BackButton({
  send,
  label = 'nav.back',
}: Pick<ScreenProps, 'send'> & { label?: 'nav.back' | 'submitFailed.review' }) {
  const intl = useIntl();
  return (
    <Button variant="secondary" testId="back" onClick={() => send({ type: 'BACK' })}>
      {intl.formatMessage({ id: label })}
    </Button>
  );
}

/** The footer of a screen that is read and then left: Back, and one action that goes on. */
export function BackAndGo({
  send,
  testId,
  label,
  event,
}: Pick<ScreenProps, 'send'> & { testId: string; label: MessageId; event: SessionEvent }) {
  const intl = useIntl();
  return (
    <>
      <BackButton send={send} />
      <Button variant="primary" testId={testId} onClick={() => send(event)}>
        {intl.formatMessage({ id: label })}
      </Button>
    </>
  );
}

/** One titled part of a screen to read (the service standard, the privacy notice); the title is read aloud. */
export function ReadingPart({
  testId,
  title,
  className,
  children,
}: {
  testId: string;
  title: MessageId;
  className: string;
  children: ReactNode;
}) {
  const intl = useIntl();
  return (
    <section className={className} data-testid={testId}>
      <h2 {...speak()}>{intl.formatMessage({ id: title })}</h2>
      {children}
    </section>
  );
}
