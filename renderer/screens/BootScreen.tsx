import { Button } from '../ui/Button';
import { EveryLanguage } from '../ui/EveryLanguage';
import { ScreenFrame } from '../ui/ScreenFrame';
import type { ScreenProps } from './types';

/** While the catalog loads, and when it cannot: every language, since none is chosen yet. */
export function BootScreen({ snapshot, send }: ScreenProps) {
  if (snapshot.matches('boot')) {
    return (
      <ScreenFrame testId="screen-boot" language="id" className="centered">
        <div className="spinner" aria-hidden="true" />
        <h1 className="status-text" tabIndex={-1}>
          <EveryLanguage id="boot.loading" speakable />
        </h1>
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
          <span className="every-language-inline">
            <EveryLanguage id="unavailable.retry" />
          </span>
        </Button>
      }
    >
      <h1 tabIndex={-1}>
        <EveryLanguage id="unavailable.title" speakable />
      </h1>
      <p className="status-text">
        <EveryLanguage id="unavailable.body" speakable />
      </p>
      {/* For staff: which failure stopped the kiosk (an error code, the same in any language). */}
      <p className="small" data-testid="load-error">
        <EveryLanguage id="unavailable.code" values={{ code: snapshot.context.loadError ?? '' }} />
      </p>
    </ScreenFrame>
  );
}
