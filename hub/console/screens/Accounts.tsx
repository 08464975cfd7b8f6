/**
 * Accounts for admins: who may sign in with which role; lock one with a reason, or unlock
 * one an admin locked or that locked itself after wrong passwords.
 */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { api } from '../api/client';
import type { Account, Role } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { ListTable } from '../ui/ListTable';
import { SelectField, TextField } from '../ui/fields';
import { useCheckedForm } from '../ui/use-checked-form';
import { dateTime } from '../ui/format';
import { Message, useText } from '../i18n/t';

const ROLES: Role[] = ['agent', 'observer', 'admin'];

function NewAccount({ onClose, onCreated }: { onClose(): void; onCreated(): void }) {
  const text = useText();
  const [fields, setFields] = useState({ username: '', displayName: '', role: 'agent' as Role, password: '' });
  const { checked, error, submit } = useCheckedForm();
  const problems = {
    username: !/^[a-z0-9][a-z0-9._-]{1,39}$/.test(fields.username) ? 'accounts.usernameRule' : null,
    displayName: !fields.displayName.trim() ? 'form.required' : null,
    password: fields.password.length < 12 ? 'accounts.passwordRule' : null,
  } as const;
  const show = (id: MessageId | null) => (checked && id ? <Message id={id} /> : undefined);
  const create = submit(Object.values(problems).some(Boolean), async () => {
    await api('POST', '/accounts', { ...fields, displayName: fields.displayName.trim() });
    onCreated();
  });
  return (
    <Dialog title={<Message id="accounts.create" />} onClose={onClose} testId="new-account">
      <form onSubmit={create} noValidate>
        <TextField
          label={<Message id="signIn.username" />}
          value={fields.username}
          onChange={(username) => setFields({ ...fields, username })}
          error={show(problems.username)}
          testId="account-username"
        />
        <TextField
          label={<Message id="accounts.name" />}
          value={fields.displayName}
          maxLength={80}
          onChange={(displayName) => setFields({ ...fields, displayName })}
          error={show(problems.displayName)}
          testId="account-name"
        />
        <SelectField
          label={<Message id="accounts.role" />}
          value={fields.role}
          onChange={(role) => setFields({ ...fields, role })}
          options={ROLES.map((r) => ({ value: r, label: text(`role.${r}` as MessageId) }))}
          testId="account-role"
        />
        <TextField
          label={<Message id="signIn.password" />}
          type="password"
          autoComplete="new-password"
          value={fields.password}
          onChange={(password) => setFields({ ...fields, password })}
          error={show(problems.password)}
          testId="account-password"
        />
        <ErrorNote error={error} />
        <button type="submit" className="primary" data-testid="account-submit">
          <Message id="accounts.createSubmit" />
        </button>
      </form>
    </Dialog>
  );
}

export function Accounts({ self }: { self: Account }) {
  const intl = useIntl();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [locking, setLocking] = useState<Account | null>(null);
  const [reason, setReason] = useState('');
  const load = useCallback(() => {
    api<{ accounts: Account[] }>('GET', '/accounts').then((a) => setAccounts(a.accounts), setError);
  }, []);
  useEffect(load, [load]);
  const patch = async (a: Account, body: object) => {
    setError(null);
    try {
      await api('PATCH', `/accounts/${a.id}`, body);
      setLocking(null);
      load();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title">
        <Message id="accounts.title" />
      </h1>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="account-create">
          <Message id="accounts.create" />
        </button>
      </div>
      <ErrorNote error={error} />
      {accounts && (
        <ListTable
          testId="account-rows"
          caption="accounts.title"
          columns={['signIn.username', 'accounts.name', 'accounts.role', 'accounts.state']}
          actions
        >
          {accounts.map((a) => {
            const locked = a.disabledReason !== null || a.lockedUntil !== null;
            return (
              <tr key={a.id}>
                <td translate="no">{a.username}</td>
                <td translate="no">{a.displayName}</td>
                <td>
                  <Message id={`role.${a.role}` as MessageId} />
                </td>
                <td>
                  {a.disabledReason !== null ? (
                    <>
                      <Message id="accounts.locked" />
                      <div className="muted" translate="no">
                        {a.disabledReason}
                      </div>
                    </>
                  ) : a.lockedUntil ? (
                    <Message id="accounts.lockedUntil" values={{ until: dateTime(intl, a.lockedUntil) }} />
                  ) : (
                    <Message id="accounts.active" />
                  )}
                </td>
                <td>
                  {locked ? (
                    <button
                      type="button"
                      onClick={() => patch(a, { disabledReason: null })}
                      data-testid={`unlock-${a.username}`}
                    >
                      <Message id="accounts.unlock" />
                    </button>
                  ) : (
                    a.id !== self.id && (
                      <button
                        type="button"
                        onClick={() => (setReason(''), setLocking(a))}
                        data-testid={`lock-${a.username}`}
                      >
                        <Message id="accounts.lock" />
                      </button>
                    )
                  )}
                </td>
              </tr>
            );
          })}
        </ListTable>
      )}
      {creating && (
        <NewAccount
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            load();
          }}
        />
      )}
      {locking && (
        <Dialog
          title={<Message id="accounts.lockTitle" values={{ who: locking.username }} />}
          onClose={() => setLocking(null)}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (reason.trim()) void patch(locking, { disabledReason: reason.trim() });
            }}
          >
            <TextField
              label={<Message id="accounts.lockReason" />}
              hint={<Message id="accounts.lockHint" />}
              value={reason}
              onChange={setReason}
              maxLength={200}
              required
              testId="lock-reason"
            />
            <button type="submit" className="danger" data-testid="lock-submit">
              <Message id="accounts.lock" />
            </button>
          </form>
        </Dialog>
      )}
    </section>
  );
}
