import { INTL } from '../i18n/intl';
import { Button } from '../ui/Button';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';

/** While the catalog loads, and when it cannot: both languages, since none is chosen yet. */
export function BootScreen({ snapshot, send }: ScreenProps) {
  if (snapshot.matches('boot')) {
    return (
      <ScreenFrame testId="screen-boot" language="id" className="centered">
        <div className="spinner" aria-hidden="true" />
        <p className="status-text" lang="id">
          {INTL.id.formatMessage({ id: 'boot.loading' })}
        </p>
        <p className="status-text secondary-language" lang="en">
          {INTL.en.formatMessage({ id: 'boot.loading' })}
        </p>
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame
      testId="screen-unavailable"
      language="id"
      className="centered"
      footer={
        <Button variant="primary" testId="retry" onClick={() => send({ type: 'RETRY' })}>
          {INTL.id.formatMessage({ id: 'unavailable.retry' })} · {INTL.en.formatMessage({ id: 'unavailable.retry' })}
        </Button>
      }
    >
      <h1 tabIndex={-1}>
        <span lang="id">{INTL.id.formatMessage({ id: 'unavailable.title' })}</span>
        <span className="secondary-language" lang="en">
          {INTL.en.formatMessage({ id: 'unavailable.title' })}
        </span>
      </h1>
      <p className="status-text">
        <span lang="id">{INTL.id.formatMessage({ id: 'unavailable.body' })}</span>
        <span className="secondary-language" lang="en">
          {INTL.en.formatMessage({ id: 'unavailable.body' })}
        </span>
      </p>
      {/* For staff: which failure stopped the kiosk (an error code, the same in any language). */}
      <p className="small" data-testid="load-error">
        {snapshot.context.loadError}
      </p>
    </ScreenFrame>
  );
}
