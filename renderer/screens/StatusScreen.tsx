import { useCallback, useLayoutEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { ERROR_MESSAGES } from '../i18n/messages';
import { RequestStatusView, statusTitle } from '../session/RequestStatusView';
import { speak } from '../speech/speakable';
import { Keyboard } from '../ui/Keyboard';
import { BackAndGo, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** A tracking code has twelve characters (nine on older receipts). */
const CODE_LENGTH = 12;

/** K3A7-H2M4-XADC: the typed code in the groups the receipt prints. */
const grouped = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? '';

/**
 * "Cek status" from the start screen, for someone without the receipt's QR code or without
 * a scanner: the code typed on the on-screen keys, looked up as soon as it is whole, so a
 * mistyped character is caught by the code's check character at once.
 */
export function StatusScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { statusCode, statusResult, catalog, language } = snapshot.context;
  const looking = snapshot.matches({ status: 'looking' });
  const latest = useRef(statusCode);
  latest.current = statusCode;

  const setCode = useCallback(
    (code: string) => {
      latest.current = code;
      send({ type: 'STATUS_CODE', code });
      if (code.length === CODE_LENGTH) send({ type: 'LOOKUP' });
    },
    [send],
  );
  const type = useCallback(
    (char: string) => {
      const next = (latest.current + char).toUpperCase().replace(/[^A-Z0-9]/g, '');
      if (next.length <= CODE_LENGTH) setCode(next);
    },
    [setCode],
  );
  const backspace = useCallback(() => setCode(latest.current.slice(0, -1)), [setCode]);

  // A keyboard, or a scanner that types (a wedge), works too; Enter looks the code up. Listening
  // from the commit that draws the screen, not after its paint: a scanner types at once.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) send({ type: 'LOOKUP' });
      else if (event.key === 'Backspace') backspace();
      else if (/^[a-z0-9]$/i.test(event.key)) type(event.key);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send, type, backspace]);

  const found = statusResult?.ok ? statusResult.value : null;
  const service = found ? catalog?.services.find((s) => s.service_code === found.serviceCode) : undefined;
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-status"
      footer={<BackAndGo send={send} testId="status-look" label="status.look" event={{ type: 'LOOKUP' }} />}
    >
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'status.title' })}
      </h1>
      <p className="lead" {...speak()}>
        {intl.formatMessage({ id: 'status.hint' })}
      </p>
      <div className={`answer-box status-code ${statusResult && !statusResult.ok ? 'has-error' : ''}`}>
        <span className="answer-value" data-testid="status-code" translate="no">
          {grouped(statusCode)}
        </span>
        <span className="caret" aria-hidden="true" />
      </div>
      <div aria-live="polite" aria-busy={looking}>
        {statusResult && !statusResult.ok && (
          <p className="field-error" role="alert" data-testid="status-error" {...speak()}>
            {intl.formatMessage({ id: ERROR_MESSAGES[statusResult.code] })}
          </p>
        )}
        {found && (
          <section className="status-found" data-testid="request-status">
            <h2 {...speak()}>{statusTitle(intl, found, service, language)}</h2>
            <RequestStatusView status={found} service={service} language={language} />
          </section>
        )}
      </div>
      {!found && (
        <div className="search-keyboard">
          <Keyboard onChar={type} onBackspace={backspace} />
        </div>
      )}
    </SessionScreen>
  );
}
