import { useEffect, useId, type ReactNode } from 'react';
import { speak } from '../speech/speakable';
import { useReadAloud } from '../speech/ReadAloud';

type Props = {
  testId: string;
  /** The question or news the dialog is about; it names the dialog for screen readers. */
  message: string;
  children?: ReactNode;
  /** Large buttons; each should carry speak() so that listening citizens hear the choices. */
  actions: ReactNode;
};

/** A modal message over the screen, read aloud when it appears if the citizen is listening. */
export function Dialog({ testId, message, children, actions }: Props) {
  const labelId = useId();
  const { announce } = useReadAloud();
  // Only when it first appears: a countdown changing its text must not restart the reading.
  useEffect(() => announce(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby={labelId} data-testid={testId}>
        <p id={labelId} className="dialog-text" {...speak()}>
          {message}
        </p>
        {children}
        <div className="dialog-actions">{actions}</div>
      </div>
    </div>
  );
}
