import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { idlePhase, msUntilChange, type IdlePhase } from './idle-times';

type Props = {
  /** Seconds without a touch before the warning; null where the screen never times out. */
  limit: number | null;
  /** Seconds the warning counts down; 0 ends the session without one. */
  warning: number;
  /** A new screen starts the clock again. */
  screenKey: string;
  onExpire: () => void;
};

const same = (a: IdlePhase, b: IdlePhase) =>
  a.kind === b.kind && (a.kind !== 'warning' || a.secondsLeft === (b as typeof a).secondsLeft);

/**
 * Ends a session nobody is using. Any touch or key restarts the clock, except while the
 * warning shows: then only "I need more time" does, so a tap meant for the button cannot
 * close the dialog and land on the key beneath it. The clock wakes only when something is
 * due (the warning, each second of it), never on a tick while the citizen is busy.
 */
export function IdleGuard({ limit, warning, screenKey, onExpire }: Props) {
  const intl = useIntl();
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' });
  const lastTouch = useRef(Date.now());
  const warned = useRef(false);

  const moreTime = useCallback(() => {
    lastTouch.current = Date.now();
    warned.current = false;
    setPhase((current) => (current.kind === 'active' ? current : { kind: 'active' }));
  }, []);

  useEffect(() => {
    moreTime();
    if (limit === null) return;
    const touched = () => {
      if (!warned.current) lastTouch.current = Date.now();
    };
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idle = Date.now() - lastTouch.current;
      const next = idlePhase(idle, limit, warning);
      if (next.kind === 'expired') return onExpire();
      warned.current = next.kind === 'warning';
      setPhase((current) => (same(current, next) ? current : next));
      timer = setTimeout(check, msUntilChange(idle, limit, warning));
    };
    timer = setTimeout(check, limit * 1000);
    window.addEventListener('pointerdown', touched, true);
    window.addEventListener('keydown', touched, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', touched, true);
      window.removeEventListener('keydown', touched, true);
    };
  }, [limit, warning, screenKey, onExpire, moreTime]);

  if (phase.kind !== 'warning') return null;
  return (
    <Dialog
      testId="idle-warning"
      message={intl.formatMessage({ id: 'idle.title' })}
      actions={
        <Button variant="primary" testId="idle-more-time" onClick={moreTime} autoFocus {...speak()}>
          {intl.formatMessage({ id: 'idle.moreTime' })}
        </Button>
      }
    >
      <p className="idle-seconds" data-testid="idle-seconds" aria-hidden="true">
        {phase.secondsLeft}
      </p>
      <p className="dialog-detail" {...speak()}>
        {intl.formatMessage({ id: 'idle.body' }, { seconds: phase.secondsLeft })}
      </p>
    </Dialog>
  );
}
