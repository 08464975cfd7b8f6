import { useIntl, type IntlShape } from 'react-intl';
import type { Field, Language } from '../../preload/contract';
import { isPersonal } from '../flow/catalog';
import { currentService } from '../flow/session';
import type { MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';
import { BackAndGo, ReadingPart, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** How the notice names a piece of personal data: the catalog's name, or the kiosk's own for NIK and phone. */
function dataName(field: Field, language: Language, intl: IntlShape): string {
  const name =
    field.personalData?.[language] ??
    intl.formatMessage({ id: field.datatype === 'nik' ? 'notice.data.nik' : 'notice.data.phone' });
  return field.consent ? intl.formatMessage({ id: 'notice.ifYouAgree' }, { item: name }) : name;
}

/** The parts after what is collected, in the order a citizen reads them; retention comes from the service. */
const TOLD = [
  ['purpose', 'notice.purpose'],
  ['recipients', 'notice.recipients'],
  ['retention', 'notice.retention'],
  ['rights', 'notice.rights'],
  ['contact', 'notice.contact'],
] as const satisfies ReadonlyArray<readonly [string, MessageId]>;

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
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-notice"
      footer={<BackAndGo send={send} testId="notice-accept" label="notice.accept" event={{ type: 'ACCEPT_NOTICE' }} />}
    >
      <h1 tabIndex={-1} {...speak()}>
        {intl.formatMessage({ id: 'notice.title' })}
      </h1>
      <p className="lead" {...speak()}>
        {intl.formatMessage({ id: 'notice.intro' })}
      </p>
      <ReadingPart className="notice-part" testId="notice-collected" title="notice.collected">
        <ul className="check-list">
          {service.fields.filter(isPersonal).map((field) => (
            <li key={field.code} {...speak()}>
              {dataName(field, language, intl)}
            </li>
          ))}
        </ul>
      </ReadingPart>
      {TOLD.map(([part, title]) => (
        <ReadingPart className="notice-part" testId={`notice-${part}`} title={title} key={part}>
          <p {...speak()}>
            {part === 'retention'
              ? intl.formatMessage({ id: 'notice.retentionDays' }, { days: service.retention.daysAfterSync })
              : privacy[part][language]}
          </p>
        </ReadingPart>
      ))}
    </SessionScreen>
  );
}
