import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Language, LocalizedText } from '../../preload/contract';
import { speak } from '../speech/speakable';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { LanguageSwitch } from './LanguageSwitch';

type Props = {
  testId: string;
  /** Changes when the same screen shows something new (the next question): focus and scroll start over. */
  step?: string | undefined;
  language: Language;
  agency?: LocalizedText | undefined;
  /** Shows the language switch; every screen after the language choice has one. */
  onLanguage?: (language: Language) => void;
  /** Shows a Cancel button that asks before it wipes the session. */
  onCancel?: () => void;
  footer?: ReactNode;
  className?: string;
  children: ReactNode;
};

/**
 * Header (agency, language, cancel), a scrolling body and a footer of large buttons. The
 * toolbar is not part of a screen: the session draws it once, under every screen.
 */
export function ScreenFrame({
  testId,
  step,
  language,
  agency,
  onLanguage,
  onCancel,
  footer,
  className,
  children,
}: Props) {
  const intl = useIntl();
  const body = useRef<HTMLElement>(null);
  const [asking, setAsking] = useState(false);

  // Screen readers start at the new screen's heading rather than wherever the last tap was.
  // Done in the commit that draws the screen, so the focus's style is worked out with the
  // screen's own for its first frame: after the paint, where Preact runs effects, it cost a
  // frame of its own (tap mean 72.3 against 66.6 ms, and 64.1 against 62.7, in alternating rounds).
  useLayoutEffect(() => {
    body.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    body.current?.scrollTo({ top: 0 });
  }, [testId, step]);

  return (
    <div className={`screen ${className ?? ''}`} data-testid={testId}>
      {(agency || onLanguage || onCancel) && (
        <header className="screen-header">
          <p className="agency">{agency?.[language]}</p>
          <div className="header-actions">
            {onLanguage && <LanguageSwitch language={language} onChange={onLanguage} />}
            {onCancel && (
              <Button variant="quiet" testId="cancel" onClick={() => setAsking(true)}>
                {intl.formatMessage({ id: 'cancel.button' })}
              </Button>
            )}
          </div>
        </header>
      )}
      {/* Focusable so that a physical keyboard can scroll a long screen. */}
      <main className="screen-body" ref={body} tabIndex={0}>
        {children}
      </main>
      {footer && <footer className="screen-footer">{footer}</footer>}
      {asking && onCancel && (
        <Dialog
          testId="cancel-dialog"
          message={intl.formatMessage({ id: 'cancel.question' })}
          actions={
            <>
              <Button variant="secondary" testId="cancel-keep" onClick={() => setAsking(false)} autoFocus {...speak()}>
                {intl.formatMessage({ id: 'cancel.keep' })}
              </Button>
              <Button variant="danger" testId="cancel-confirm" onClick={onCancel} {...speak()}>
                {intl.formatMessage({ id: 'cancel.confirm' })}
              </Button>
            </>
          }
        />
      )}
    </div>
  );
}
