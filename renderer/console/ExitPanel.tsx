import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useStaff } from '../staff/StaffProvider';
import { ConsoleNote } from './ConsoleProblem';

/** Quitting the kiosk for maintenance, after a confirmation; browser mode says it cannot. */
export function ExitPanel() {
  const intl = useIntl();
  const staff = useStaff();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const exit = async () => {
    setAsking(false);
    const result = await staff.call('console.exit', {});
    if (result.ok)
      setNote(intl.formatMessage({ id: result.value.exiting ? 'console.exit.exiting' : 'console.exit.browserMode' }));
  };
  return (
    <>
      <p>{intl.formatMessage({ id: 'console.exit.explain' })}</p>
      <Button variant="danger" testId="exit-kiosk" onClick={() => setAsking(true)}>
        {intl.formatMessage({ id: 'console.exit.button' })}
      </Button>
      <ConsoleNote text={note} testId="exit-note" />
      {asking && (
        <Dialog
          testId="exit-dialog"
          message={intl.formatMessage({ id: 'console.exit.question' })}
          actions={
            <>
              <Button testId="exit-keep" onClick={() => setAsking(false)} autoFocus>
                {intl.formatMessage({ id: 'console.exit.keep' })}
              </Button>
              <Button variant="danger" testId="exit-confirm" onClick={() => void exit()}>
                {intl.formatMessage({ id: 'console.exit.confirm' })}
              </Button>
            </>
          }
        />
      )}
    </>
  );
}
