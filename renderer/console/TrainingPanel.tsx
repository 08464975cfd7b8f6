import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { KioskInfo } from '../../preload/contract';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote } from './ConsoleProblem';

/** Training mode on or off, and the button that deletes every training request. */
export function TrainingPanel({ info, onKioskChanged }: { info: KioskInfo | null; onKioskChanged: () => void }) {
  const intl = useIntl();
  const staff = useStaff();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const on = info?.training === true;
  const toggle = async () => {
    const result = await staff.call('console.training', { on: !on });
    if (result.ok)
      setNote(intl.formatMessage({ id: result.value.training ? 'console.training.nowOn' : 'console.training.nowOff' }));
    onKioskChanged();
  };
  const wipe = async () => {
    setAsking(false);
    const result = await staff.call('console.wipeTraining', {});
    if (result.ok) setNote(intl.formatMessage({ id: 'console.training.wiped' }));
  };
  return (
    <>
      <p className="console-lead" data-testid="training-state">
        {intl.formatMessage({ id: on ? 'console.training.on' : 'console.training.off' })}
      </p>
      <p>{intl.formatMessage({ id: 'console.training.explain' })}</p>
      <div className="console-actions">
        <Button variant="primary" testId="training-toggle" onClick={() => void toggle()}>
          {intl.formatMessage({ id: on ? 'console.training.stop' : 'console.training.start' })}
        </Button>
        <Button variant="danger" testId="training-wipe" onClick={() => setAsking(true)}>
          {intl.formatMessage({ id: 'console.training.wipe' })}
        </Button>
      </div>
      <ConsoleNote text={note} testId="training-note" />
      {asking && (
        <Dialog
          testId="training-wipe-dialog"
          message={intl.formatMessage({ id: 'console.training.wipeQuestion' })}
          actions={
            <>
              <Button testId="training-wipe-keep" onClick={() => setAsking(false)} autoFocus>
                {intl.formatMessage({ id: 'console.training.wipeKeep' })}
              </Button>
              <Button variant="danger" testId="training-wipe-confirm" onClick={() => void wipe()}>
                {intl.formatMessage({ id: 'console.training.wipeConfirm' })}
              </Button>
            </>
          }
        />
      )}
    </>
  );
}
