/**
 * Open311 partners: systems that file requests through GeoReport v2 with an API key.
 * Admins issue a key (shown once, to copy into the partner's system) and revoke it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import type { Partner } from '../api/hub-types';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { ListTable } from '../ui/ListTable';
import { TextField } from '../ui/fields';
import { useCheckedForm } from '../ui/use-checked-form';
import { dateTime } from '../ui/format';
import { RevokeDialog } from './Fleet';
import { Message } from '../i18n/t';

function IssueKey({ onClose, onIssued }: { onClose(): void; onIssued(): void }) {
  const [fields, setFields] = useState({ name: '', contact: '' });
  const { checked, error, submit } = useCheckedForm();
  const [key, setKey] = useState<string | null>(null);
  const missing = (v: string) => (checked && !v.trim() ? <Message id="form.required" /> : undefined);
  const issue = submit(!fields.name.trim() || !fields.contact.trim(), async () => {
    setKey((await api<{ apiKey: string }>('POST', '/open311/partners', fields)).apiKey);
    onIssued();
  });
  return (
    <Dialog title={<Message id="partners.issue" />} onClose={onClose} testId="issue-key">
      {key ? (
        <>
          <p>
            <Message id="partners.keyOnce" />
          </p>
          <p className="code" translate="no" data-testid="api-key">
            {key}
          </p>
        </>
      ) : (
        <form onSubmit={issue} noValidate>
          <TextField
            label={<Message id="partners.name" />}
            value={fields.name}
            maxLength={60}
            onChange={(name) => setFields({ ...fields, name })}
            error={missing(fields.name)}
            testId="partner-name"
          />
          <TextField
            label={<Message id="partners.contact" />}
            value={fields.contact}
            maxLength={120}
            onChange={(contact) => setFields({ ...fields, contact })}
            error={missing(fields.contact)}
            testId="partner-contact"
          />
          <ErrorNote error={error} />
          <button type="submit" className="primary" data-testid="partner-submit">
            <Message id="partners.issueSubmit" />
          </button>
        </form>
      )}
    </Dialog>
  );
}

export function Partners() {
  const intl = useIntl();
  const [partners, setPartners] = useState<Partner[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState<Partner | null>(null);
  const load = useCallback(() => {
    api<{ partners: Partner[] }>('GET', '/open311/partners').then((p) => setPartners(p.partners), setError);
  }, []);
  useEffect(load, [load]);
  return (
    <section aria-labelledby="partners-title">
      <h1 id="partners-title">
        <Message id="partners.title" />
      </h1>
      <p>
        <Message id="partners.intro" values={{ url: `${location.origin}/open311/v2/discovery.xml` }} />
      </p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setIssuing(true)} data-testid="partner-issue">
          <Message id="partners.issue" />
        </button>
      </div>
      <ErrorNote error={error} />
      {partners && (
        <ListTable
          testId="partner-rows"
          caption="partners.title"
          columns={['partners.name', 'partners.contact', 'partners.created', 'partners.requests', 'fleet.state']}
          actions
        >
          {partners.map((p) => (
            <tr key={p.prefix}>
              <td translate="no">
                {p.name} ({p.prefix})
              </td>
              <td translate="no">{p.contact}</td>
              <td>{dateTime(intl, p.createdAt)}</td>
              <td>{intl.formatNumber(p.requests)}</td>
              <td>
                <Message id={p.revokedAt ? 'fleet.state.revoked' : 'partners.active'} />
              </td>
              <td>
                {!p.revokedAt && (
                  <button type="button" onClick={() => setRevoking(p)} data-testid={`partner-revoke-${p.prefix}`}>
                    <Message id="fleet.revoke" />
                  </button>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
      {issuing && <IssueKey onClose={() => setIssuing(false)} onIssued={load} />}
      {revoking && (
        <RevokeDialog
          title="partners.revokeTitle"
          what={revoking.name}
          onClose={() => setRevoking(null)}
          revoke={async (reason) => {
            await api('POST', `/open311/partners/${revoking.prefix}/revoke`, { reason });
            setRevoking(null);
            load();
          }}
        />
      )}
    </section>
  );
}
