import { useIntl } from 'react-intl';
import { EveryLanguage } from '../ui/EveryLanguage';

/** On every screen while the kiosk is in training mode, in every language. */
export function TrainingBand() {
  return (
    <p className="training-band" data-testid="training-band" role="status">
      <EveryLanguage id="training.band" />
    </p>
  );
}

/** On every screen of an assisted request: who is helping the citizen. */
export function AssistBanner({ name }: { name: string }) {
  const intl = useIntl();
  return (
    <p className="assist-banner" data-testid="assist-banner" role="status">
      {intl.formatMessage({ id: 'assist.banner' }, { name: <span translate="no">{name}</span> })}
    </p>
  );
}
