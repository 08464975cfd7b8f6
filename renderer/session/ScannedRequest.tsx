import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ErrorCode, KioskApi, RequestStatus } from '../../preload/contract';
import { signInStaff } from '../devices/staff-sign-in';
import { useScans } from '../devices/use-scans';
import { ERROR_MESSAGES } from '../i18n/messages';
import { RequestStatusView, statusTitle } from './RequestStatusView';
import type { SessionSnapshot } from '../screens/types';
import { speak } from '../speech/speakable';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

type Shown = { status: RequestStatus } | { error: ErrorCode };

/**
 * Scans on the start screen, wherever they come from: a receipt's QR code held to the
 * scanner shows that request's status; a staff badge goes to the staff sign-in hook.
 */
export function ScannedRequest({ kiosk, snapshot }: { kiosk: KioskApi; snapshot: SessionSnapshot }) {
  const intl = useIntl();
  const [shown, setShown] = useState<Shown | null>(null);
  const { catalog, info, language } = snapshot.context;

  useScans(kiosk, info?.scanner, async (scan) => {
    if (scan.kind === 'staffBadge') {
      signInStaff(scan.code);
      return;
    }
    if (scan.kind !== 'trackingCode') return;
    const result = await kiosk['requests.status']({ trackingCode: scan.code });
    setShown(result.ok ? { status: result.value } : { error: result.code });
  });

  if (!shown) return null;
  const close = (
    <Button variant="primary" testId="request-status-close" onClick={() => setShown(null)} autoFocus {...speak()}>
      {intl.formatMessage({ id: 'help.close' })}
    </Button>
  );
  if ('error' in shown) {
    return (
      <Dialog
        testId="request-status"
        message={intl.formatMessage({ id: ERROR_MESSAGES[shown.error] })}
        actions={close}
      />
    );
  }
  const { status } = shown;
  const service = catalog?.services.find((s) => s.service_code === status.serviceCode);
  return (
    <Dialog testId="request-status" message={statusTitle(intl, status, service, language)} actions={close}>
      <RequestStatusView status={status} service={service} language={language} />
    </Dialog>
  );
}
