import { useIntl } from 'react-intl';
import type { Failure } from '../../preload/contract';
import { ERROR_MESSAGES } from '../i18n/messages';

/** Codes whose sentence from the kiosk names something the operator needs (a drive, a bundle). */
const WITH_DETAIL = new Set<Failure['code']>(['usbDrive', 'bundleRefused']);

/** A refused console action in the kiosk's words, with the kiosk's own sentence where it names what to do. */
export function ConsoleProblem({ problem }: { problem: Failure | null }) {
  const intl = useIntl();
  if (!problem) return null;
  return (
    <div className="console-problem" role="alert" data-testid="console-problem">
      <p>{intl.formatMessage({ id: ERROR_MESSAGES[problem.code] })}</p>
      {WITH_DETAIL.has(problem.code) && (
        <p className="small" translate="no">
          {problem.message}
        </p>
      )}
    </div>
  );
}

/** A short confirmation after an action: what was done, or what went wrong. */
export function ConsoleNote({ text, testId }: { text: string | null; testId: string }) {
  if (!text) return null;
  return (
    <p className="console-note" role="status" data-testid={testId}>
      {text}
    </p>
  );
}
