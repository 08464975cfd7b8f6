import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
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
