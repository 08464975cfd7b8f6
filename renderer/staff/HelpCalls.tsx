import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { HelpCall, Language, ServedCatalog } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { useStaff } from './StaffProvider';

const REFRESH_MS = 5000;

/** The screens a call can come from, as the officer reads them (the session machine's states). */
const SCREENS: Record<string, MessageId> = {
  attract: 'helpCalls.screen.attract',
  language: 'helpCalls.screen.language',
  services: 'helpCalls.screen.services',
  standard: 'helpCalls.screen.standard',
  notice: 'helpCalls.screen.notice',
  question: 'helpCalls.screen.question',
  review: 'helpCalls.screen.review',
  submitFailed: 'helpCalls.screen.submitFailed',
  result: 'helpCalls.screen.result',
  status: 'helpCalls.screen.status',
  complaint: 'helpCalls.screen.complaint',
  survey: 'helpCalls.screen.survey',
};

/** The officer's list of open calls for staff: when, on which screen, for which service; one tap says "on my way". */
export function HelpCalls({ catalog, language }: { catalog: ServedCatalog | null; language: Language }) {
  const intl = useIntl();
  const staff = useStaff();
  const [calls, setCalls] = useState<HelpCall[] | null>(null);
  const load = useCallback(
    () =>
      void staff.call('staff.helpCalls', {}).then((result) => {
        if (result.ok) setCalls(result.value.calls);
      }),
    [staff],
  );
  useEffect(() => {
    load();
    const every = setInterval(load, REFRESH_MS);
    return () => clearInterval(every);
  }, [load]);

  const service = (code: string | null) =>
    code === null ? '' : (catalog?.services.find((s) => s.service_code === code)?.service_name[language] ?? code);
  const screen = (name: string) => {
    const [state = '', field] = name.split(':');
    const known = SCREENS[state];
    const words = known ? intl.formatMessage({ id: known }) : state;
    return field ? `${words} (${field})` : words;
  };

  if (calls === null) return null;
  return (
    <section className="desk-section" aria-labelledby="help-calls-title">
      <h2 id="help-calls-title">{intl.formatMessage({ id: 'helpCalls.title' })}</h2>
      {calls.length === 0 ? (
        <p data-testid="help-calls-none">{intl.formatMessage({ id: 'helpCalls.none' })}</p>
      ) : (
        <ul className="desk-list" data-testid="help-calls">
          {calls.map((call) => (
            <li key={call.id} className="desk-row" data-testid={`help-call-${call.id}`}>
              <span className="desk-row-main">
                <strong>{intl.formatTime(call.requestedAt, { format: 'clock' })}</strong>{' '}
                <span>{screen(call.screen)}</span> <span translate="no">{service(call.serviceCode)}</span>
              </span>
              <Button
                variant="primary"
                testId={`help-call-attend-${call.id}`}
                onClick={() => void staff.call('staff.attendHelp', { id: call.id }).then(load)}
              >
                {intl.formatMessage({ id: 'helpCalls.attend' })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
