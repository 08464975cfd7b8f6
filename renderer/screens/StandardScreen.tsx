import { useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Language, ServiceStandard } from '../../preload/contract';
import { requirementPictogram } from '../flow/requirement-pictogram';
import { currentService } from '../flow/session';
import { formatCost } from '../i18n/format';
import type { MessageId } from '../i18n/messages';
import { kioskIdleTimes } from '../idle/kiosk-idle-times';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Pictogram } from '../ui/Pictogram';
import { BackAndGo, ReadingPart, SessionScreen } from './SessionScreen';
import type { ScreenProps } from './types';

/** The parts of the standard behind a button each, in the order a citizen asks about them. */
const TITLES = {
  procedure: 'standard.procedure',
  duration: 'standard.duration',
  product: 'standard.product',
  complaints: 'standard.complaints',
} as const satisfies Record<string, MessageId>;
type More = keyof typeof TITLES;
const MORE = Object.keys(TITLES) as More[];

function moreText(standard: ServiceStandard, part: More, language: Language): ReactNode {
  if (part === 'procedure') {
    return (
      <ol className="step-list">
        {standard.procedure.map((p, i) => (
          <li key={i} {...speak()}>
            {p[language]}
          </li>
        ))}
      </ol>
    );
  }
  return <p {...speak()}>{standard[part][language]}</p>;
}

/**
 * The service's public standard (PermenPAN-RB 15/2014), light to read: first what to bring,
 * each document with its pictogram, and what it costs; the other four parts behind large
 * buttons, opened one at a time. Listen reads what is open.
 */
export function StandardScreen({ snapshot, send }: ScreenProps) {
  const intl = useIntl();
  const [open, setOpen] = useState<More | null>(null);
  const { language } = snapshot.context;
  const service = currentService(snapshot.context);
  if (!service) return null;
  const { standard } = service;
  return (
    <SessionScreen
      snapshot={snapshot}
      send={send}
      testId="screen-standard"
      footer={<BackAndGo send={send} testId="standard-start" label="standard.start" event={{ type: 'BEGIN' }} />}
    >
      <div className="standard-heading">
        <Pictogram name={service.pictogram} />
        <div>
          <h1 tabIndex={-1} {...speak()}>
            {service.service_name[language]}
          </h1>
          <p className="lead" {...speak()}>
            {service.description[language]}
          </p>
        </div>
      </div>
      <ReadingPart className="standard-part" testId="standard-requirements" title="standard.requirements">
        <ul className="requirement-list">
          {standard.requirements.map((r, i) => (
            <li key={i}>
              <Pictogram name={requirementPictogram(r.id)} size="small" />
              <span {...speak()}>{r[language]}</span>
            </li>
          ))}
        </ul>
      </ReadingPart>
      <ReadingPart className="standard-part standard-cost" testId="standard-cost" title="standard.cost">
        <p className="cost" {...speak()}>
          {formatCost(intl, standard.cost.amountIdr)}
        </p>
        {standard.cost.note && (
          <p className="small" {...speak()}>
            {standard.cost.note[language]}
          </p>
        )}
      </ReadingPart>
      <div className="standard-more" role="group">
        {MORE.map((part) => (
          <Button
            key={part}
            testId={`standard-open-${part}`}
            aria-expanded={open === part}
            variant={open === part ? 'primary' : 'secondary'}
            onClick={() => setOpen(open === part ? null : part)}
          >
            {intl.formatMessage({ id: TITLES[part] })}
          </Button>
        ))}
      </div>
      {open && (
        <ReadingPart className="standard-part" testId={`standard-${open}`} title={TITLES[open]}>
          {moreText(standard, open, language)}
        </ReadingPart>
      )}
      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'standard.questions' }, { count: service.fields.length })}
      </p>
      {/* WCAG 2.2.6: say how long the kiosk waits before it asks whether anyone is still there. */}
      <p className="note" {...speak()}>
        {intl.formatMessage({ id: 'standard.idleNote' }, { seconds: kioskIdleTimes(snapshot.context.info).answer })}
      </p>
    </SessionScreen>
  );
}
