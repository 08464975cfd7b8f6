import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { KioskApi, StaffCheck, StaffWho } from '../../preload/contract';
import type { MessageId } from '../i18n/messages';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Keypad } from '../ui/Keypad';
import { useStaff, type SignInStart } from './StaffProvider';

const PIN_LENGTH = 6;
const STAFF_NUMBER_LENGTH = 18;

/** What the dialog says now; `until` is when a locked account may try again. */
type Note = { id: MessageId; until?: string; tries?: number } | null;

const REFUSED: Record<Exclude<StaffCheck['state'], 'ready' | 'locked'>, MessageId> = {
  unknown: 'staff.signIn.unknown',
  disabled: 'staff.signIn.disabled',
};

/**
 * Staff sign-in over the start screen: a badge was scanned, or the hidden way in asks for
 * the staff number first; then the 6-digit PIN on the keypad. Whether a badge is unknown,
 * disabled or locked (and until when) is said before any PIN is typed.
 */
export function StaffSignIn({ kiosk, start }: { kiosk: KioskApi; start: SignInStart }) {
  const intl = useIntl();
  const staff = useStaff();
  const [staffNumber, setStaffNumber] = useState('');
  const [who, setWho] = useState<StaffWho | null>(start.via === 'badge' ? { badge: start.badge } : null);
  const [name, setName] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!who) return;
    let current = true;
    void kiosk['staff.check']({ who }).then((result) => {
      if (!current) return;
      if (!result.ok) return setNote({ id: 'staff.signIn.failed' });
      const check = result.value;
      if (check.state === 'ready') setName(check.name);
      else if (check.state === 'locked') setNote({ id: 'staff.signIn.locked', until: check.until });
      else setNote({ id: REFUSED[check.state] });
    });
    return () => {
      current = false;
    };
  }, [kiosk, who]);

  const submitPin = async () => {
    if (!who || pin.length !== PIN_LENGTH) return;
    setBusy(true);
    const result = await kiosk['staff.signIn']({ who, pin });
    setBusy(false);
    setPin('');
    if (!result.ok) return setNote({ id: 'staff.signIn.failed' });
    const outcome = result.value;
    if (outcome.outcome === 'signedIn') return staff.signedIn(outcome.session);
    if (outcome.outcome === 'wrongPin') return setNote({ id: 'staff.signIn.wrongPin', tries: outcome.triesLeft });
    if (outcome.outcome === 'locked') {
      setName(null);
      return setNote({ id: 'staff.signIn.lockedNow', until: outcome.until });
    }
    setName(null);
    setNote({ id: REFUSED[outcome.outcome] });
  };

  const askingNumber = who === null;
  const askingPin = name !== null;
  const type = (char: string) =>
    askingNumber
      ? setStaffNumber((n) => (n.length < STAFF_NUMBER_LENGTH ? n + char : n))
      : setPin((p) => (p.length < PIN_LENGTH ? p + char : p));
  const erase = () => (askingNumber ? setStaffNumber((n) => n.slice(0, -1)) : setPin((p) => p.slice(0, -1)));
  const message = askingNumber
    ? intl.formatMessage({ id: 'staff.signIn.staffNumber' })
    : askingPin
      ? intl.formatMessage({ id: 'staff.signIn.pin' }, { name })
      : intl.formatMessage({ id: 'staff.signIn.checking' });

  return (
    <Dialog
      testId="staff-sign-in"
      message={message}
      actions={
        <>
          <Button variant="secondary" testId="staff-sign-in-cancel" onClick={staff.cancelSignIn}>
            {intl.formatMessage({ id: 'staff.signIn.cancel' })}
          </Button>
          {(askingNumber || askingPin) && (
            <Button
              variant="primary"
              testId="staff-sign-in-next"
              disabled={busy || (askingNumber ? staffNumber.length === 0 : pin.length !== PIN_LENGTH)}
              onClick={() => (askingNumber ? setWho({ staffNumber }) : void submitPin())}
            >
              {intl.formatMessage({ id: askingNumber ? 'nav.next' : 'staff.signIn.submit' })}
            </Button>
          )}
        </>
      }
    >
      {note && (
        <p className="staff-note" data-testid="staff-sign-in-note" role="alert">
          {intl.formatMessage(
            { id: note.id },
            {
              until: note.until ? intl.formatTime(note.until, { format: 'clock' }) : '',
              day: note.until ? intl.formatDate(note.until, { format: 'dayMonth' }) : '',
              tries: note.tries ?? 0,
            },
          )}
        </p>
      )}
      {(askingNumber || askingPin) && (
        <>
          <p className="staff-entry" data-testid="staff-sign-in-entry" translate="no" aria-hidden={askingPin}>
            {askingNumber ? staffNumber || '\u00a0' : '●'.repeat(pin.length).padEnd(PIN_LENGTH, '○')}
          </p>
          <Keypad onChar={type} onBackspace={erase} disabled={busy} />
        </>
      )}
    </Dialog>
  );
}
