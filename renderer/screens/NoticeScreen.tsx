import type { ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { Field, Language } from '../../preload/contract';
import { isPersonal } from '../flow/catalog';
import { currentService } from '../flow/session';
import type { MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { BackButton, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** How the notice names a piece of personal data: the catalog's name, or the kiosk's own for NIK and phone. */
function dataName(field: Field, language: Language, intl: IntlShape): string {
  const name =
    field.personalData?.[language] ??
    intl.formatMessage({ id: field.datatype === 'nik' ? 'notice.data.nik' : 'notice.data.phone' });
  return field.consent ? intl.formatMessage({ id: 'notice.ifYouAgree' }, { item: name }) : name;
}

/**
 * The privacy notice (UU PDP, Law 27/2022), shown before the first personal question: what
 * is recorded, why, who sees it, how long the kiosk keeps it, the citizen's rights and whom
 * to ask. The words are the agency's, from the catalog; Listen reads them all.
 */
export function NoticeScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const { language, catalog } = snapshot.context;
  const service = currentService(snapshot.context);
  const privacy = catalog?.privacy;
  if (!service || !privacy) return null;
  const part = (testId: string, title: MessageId, body: ReactNode) => (
    <section className="notice-part" data-testid={testId}>
      <h2 {...speak()}>{intl.formatMessage({ id: title })}</h2>
      {body}
    </section>
  );
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-notice"
      footer={
        <>
          <BackButton send={send} />
          <Button variant="primary" testId="notice-accept" onClick={() => send({ type: 'ACCEPT_NOTICE' })}>
            {intl.formatMessage({ id: 'notice.accept' })}
          </Button>
        </>
      }
    >
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'notice.title' })}
      </h1>
      <p className="lead" {...speak()}>
        {intl.formatMessage({ id: 'notice.intro' })}
      </p>
      {part(
        'notice-collected',
        'notice.collected',
        <ul className="check-list">
          {service.fields.filter(isPersonal).map((field) => (
            <li key={field.code} {...speak()}>
              {dataName(field, language, intl)}
            </li>
          ))}
        </ul>,
      )}
      {part('notice-purpose', 'notice.purpose', <p {...speak()}>{privacy.purpose[language]}</p>)}
      {part('notice-recipients', 'notice.recipients', <p {...speak()}>{privacy.recipients[language]}</p>)}
      {part(
        'notice-retention',
        'notice.retention',
        <p {...speak()}>
          {intl.formatMessage({ id: 'notice.retentionDays' }, { days: service.retention.daysAfterSync })}
        </p>,
      )}
      {part('notice-rights', 'notice.rights', <p {...speak()}>{privacy.rights[language]}</p>)}
      {part('notice-contact', 'notice.contact', <p {...speak()}>{privacy.contact[language]}</p>)}
    </SessionScreen>
  );
}
