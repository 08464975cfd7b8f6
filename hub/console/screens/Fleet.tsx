/**
 * Every kiosk: state, last contact, versions, printer health and paper alerts, print jobs
 * and outbox backlog. Admins create a kiosk (its enrolment code shown as text and as a QR
 * code to scan at the kiosk) and revoke one, with a reason.
 */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import type { Account, EnrolmentCard, FleetSummary, KioskView } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { TextField } from '../ui/fields';
import { ListTable } from '../ui/ListTable';
import { useCheckedForm } from '../ui/use-checked-form';
import { dateTime } from '../ui/format';
import { Message, useText } from '../i18n/t';

function lastContact(k: KioskView): string | null {
  const times = [k.lastBatchAt, k.lastFeedAt, k.health?.receivedAt].filter((t): t is string => !!t).sort();
  return times.at(-1) ?? null;
}

function CreateKiosk({ onClose, onCreated }: { onClose(): void; onCreated(): void }) {
  const text = useText();
  const [fields, setFields] = useState({ name: '', serviceUnit: '', address: '' });
  const { checked, error, submit } = useCheckedForm();
  const [card, setCard] = useState<{ kiosk: KioskView; enrolment: EnrolmentCard } | null>(null);
  const missing = (v: string) => (checked && !v.trim() ? <Message id="form.required" /> : undefined);
  const create = submit(
    Object.values(fields).some((v) => !v.trim()),
    async () => {
      setCard(await api('POST', '/kiosks', fields));
      onCreated();
    },
  );
  return (
    <Dialog title={<Message id="fleet.create" />} onClose={onClose} testId="create-kiosk">
      {card ? (
        <div className="enrolment" data-testid="enrolment">
          <p>
            <Message id="fleet.enrolHow" values={{ prefix: card.kiosk.prefix }} />
          </p>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(card.enrolment.qrSvg)}`}
            alt={text('fleet.qrAlt', { code: card.enrolment.code })}
            width={240}
            height={240}
            data-testid="enrolment-qr"
          />
          <p className="code" translate="no" data-testid="enrolment-code">
            {card.enrolment.code}
          </p>
          <p>
            <Message id="fleet.enrolExpires" values={{ until: <DateText iso={card.enrolment.expiresAt} /> }} />
          </p>
        </div>
      ) : (
        <form onSubmit={create} noValidate>
          <TextField
            label={<Message id="fleet.name" />}
            value={fields.name}
            maxLength={60}
            onChange={(name) => setFields({ ...fields, name })}
            error={missing(fields.name)}
            testId="kiosk-name"
          />
          <TextField
            label={<Message id="fleet.unit" />}
            value={fields.serviceUnit}
            maxLength={120}
            onChange={(serviceUnit) => setFields({ ...fields, serviceUnit })}
            error={missing(fields.serviceUnit)}
            testId="kiosk-unit"
          />
          <TextField
            label={<Message id="fleet.address" />}
            value={fields.address}
            maxLength={300}
            onChange={(address) => setFields({ ...fields, address })}
            error={missing(fields.address)}
            testId="kiosk-address"
          />
          <ErrorNote error={error} />
          <button type="submit" className="primary" data-testid="kiosk-create-submit">
            <Message id="fleet.createSubmit" />
          </button>
        </form>
      )}
    </Dialog>
  );
}

function DateText({ iso }: { iso: string }) {
  return <>{dateTime(useIntl(), iso)}</>;
}

/** A reason asked for before something that cannot be undone (revoking a kiosk or a partner's key). */
export function RevokeDialog(props: {
  title: MessageId;
  what: string;
  onClose(): void;
  revoke(reason: string): Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const { checked, error, submit } = useCheckedForm();
  const revoke = submit(!reason.trim(), () => props.revoke(reason.trim()));
  return (
    <Dialog
      title={<Message id={props.title} values={{ what: props.what }} />}
      onClose={props.onClose}
      testId="revoke-dialog"
    >
      <form onSubmit={revoke} noValidate>
        <p>
          <Message id="revoke.warning" />
        </p>
        <TextField
          label={<Message id="revoke.reason" />}
          value={reason}
          onChange={setReason}
          maxLength={200}
          testId="revoke-reason"
          error={checked && !reason.trim() ? <Message id="form.required" /> : undefined}
        />
        <ErrorNote error={error} />
        <button type="submit" className="danger" data-testid="revoke-submit">
          <Message id="revoke.submit" />
        </button>
      </form>
    </Dialog>
  );
}

export function Fleet({ account }: { account: Account }) {
  const intl = useIntl();
  const [fleet, setFleet] = useState<{ summary: FleetSummary; kiosks: KioskView[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<KioskView | null>(null);
  const load = useCallback(() => {
    api<{ summary: FleetSummary; kiosks: KioskView[] }>('GET', '/fleet').then(setFleet, setError);
  }, []);
  useEffect(load, [load]);
  const admin = account.role === 'admin';
  const s = fleet?.summary;
  return (
    <section aria-labelledby="fleet-title">
      <h1 id="fleet-title">
        <Message id="fleet.title" />
      </h1>
      {s && (
        <p className="summary" data-testid="fleet-summary">
          <Message id="fleet.summary" values={{ ...s }} />
        </p>
      )}
      {admin && (
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="kiosk-create">
            <Message id="fleet.create" />
          </button>
        </div>
      )}
      <ErrorNote error={error} />
      {fleet && (
        <ListTable
          testId="fleet-rows"
          caption="fleet.title"
          columns={[
            'fleet.name',
            'fleet.state',
            'fleet.lastContact',
            'fleet.versions',
            'fleet.printer',
            'fleet.backlog',
          ]}
          actions={admin}
        >
          {fleet.kiosks.map((k) => {
            const printerBad = k.health && k.health.printer.health !== 'ready';
            return (
              <tr key={k.prefix} data-testid={`kiosk-${k.prefix}`}>
                <td translate="no">
                  {k.name} ({k.prefix})<div className="muted">{k.serviceUnit}</div>
                </td>
                <td>
                  <Message id={`fleet.state.${k.state}` as MessageId} />
                  {k.revokedReason && (
                    <div className="muted" translate="no">
                      {k.revokedReason}
                    </div>
                  )}
                </td>
                <td>{dateTime(intl, lastContact(k))}</td>
                <td translate="no">{k.health ? `${k.health.appVersion} · ${k.health.catalogVersion ?? '–'}` : '–'}</td>
                <td className={printerBad ? 'alert' : undefined}>
                  {k.health ? <Message id={`printer.${k.health.printer.health}` as MessageId} /> : '–'}
                  {k.health?.alerts.map((a) => (
                    <div key={a.code} className="alert">
                      <Message id={`printer.${a.code}` as MessageId} />
                    </div>
                  ))}
                </td>
                <td>
                  {k.health ? (
                    <Message
                      id="fleet.backlogValue"
                      values={{ outbox: k.health.outboxBacklog, failed: k.health.printJobs.failed }}
                    />
                  ) : (
                    '–'
                  )}
                </td>
                {admin && (
                  <td>
                    {k.state !== 'revoked' && (
                      <button type="button" onClick={() => setRevoking(k)} data-testid={`revoke-${k.prefix}`}>
                        <Message id="fleet.revoke" />
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </ListTable>
      )}
      {creating && <CreateKiosk onClose={() => setCreating(false)} onCreated={load} />}
      {revoking && (
        <RevokeDialog
          title="fleet.revokeTitle"
          what={`${revoking.name} (${revoking.prefix})`}
          onClose={() => setRevoking(null)}
          revoke={async (reason) => {
            await api('POST', `/kiosks/${revoking.prefix}/revoke`, { reason });
            setRevoking(null);
            load();
          }}
        />
      )}
    </section>
  );
}
