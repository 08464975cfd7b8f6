import { useIntl } from 'react-intl';
import type { HelpState } from '../flow/session';
import type { MessageId } from '../i18n/messages';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

const MESSAGES: Record<HelpState, MessageId> = {
  calling: 'help.calling',
  called: 'help.called',
  failed: 'help.failed',
  coming: 'help.coming',
};

/** Tells the citizen that staff are coming (or where to go when the call could not be made). */
export function HelpNotice({ state, onClose }: { state: HelpState; onClose: () => void }) {
  const intl = useIntl();
  return (
    <Dialog
      testId="call-staff-notice"
      message={intl.formatMessage({ id: MESSAGES[state] })}
      actions={
        <Button variant="primary" testId="call-staff-close" onClick={onClose} autoFocus {...speak()}>
          {intl.formatMessage({ id: 'help.close' })}
        </Button>
      }
    />
  );
}
