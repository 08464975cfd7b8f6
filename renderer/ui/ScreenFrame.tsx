import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Language, LocalizedText } from '../../preload/contract';
import { Button } from './Button';
import { LanguageSwitch } from './LanguageSwitch';

type Props = {
  testId: string;
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

/** Header (agency, language, cancel), a scrolling body and a footer of large buttons. */
export function ScreenFrame({ testId, language, agency, onLanguage, onCancel, footer, className, children }: Props) {
  const intl = useIntl();
  const body = useRef<HTMLElement>(null);
  const [asking, setAsking] = useState(false);

  // Screen readers start at the new screen's heading rather than wherever the last tap was.
  useEffect(() => {
    body.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    body.current?.scrollTo({ top: 0 });
  }, [testId]);

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
      <main className="screen-body" ref={body}>
        {children}
      </main>
      {footer && <footer className="screen-footer">{footer}</footer>}
      {asking && onCancel && (
        <div className="dialog-backdrop">
          <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="cancel-question">
            <p id="cancel-question" className="dialog-text">
              {intl.formatMessage({ id: 'cancel.question' })}
            </p>
            <div className="dialog-actions">
              <Button variant="secondary" testId="cancel-keep" onClick={() => setAsking(false)} autoFocus>
                {intl.formatMessage({ id: 'cancel.keep' })}
              </Button>
              <Button variant="danger" testId="cancel-confirm" onClick={onCancel}>
                {intl.formatMessage({ id: 'cancel.confirm' })}
              </Button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
