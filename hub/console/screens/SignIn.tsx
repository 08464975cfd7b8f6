/**
 * Sign in with a hub account. A refusal says why in the console's words: a wrong password,
 * an account an admin locked (with the admin's reason), one locked for a while after wrong
 * passwords (until when), or too many tries from this address. A session that ended says so.
 */
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { ApiError, api } from '../api/client';
import type { Account } from '../api/hub-types';
import { TextField } from '../ui/fields';
import { ErrorNote } from '../ui/ErrorNote';
import { dateTime } from '../ui/format';
import { Message, useText } from '../i18n/t';

function Refusal({ error }: { error: unknown }) {
  const intl = useIntl();
  const text = useText();
  if (!(error instanceof ApiError)) return <ErrorNote error={error} />;
  let sentence: string | null = null;
  if (error.code === 'signed-in-required') sentence = text('signIn.wrong');
  else if (error.facts.locked === 'wrong-passwords') {
    sentence = text('signIn.lockedTries', { until: dateTime(intl, String(error.facts.until)) });
  } else if (error.facts.locked === 'by-admin') {
    return (
      <div className="error-note" role="alert" data-testid="sign-in-refused">
        <p>
          <Message id="signIn.lockedByAdmin" />
        </p>
        <p translate="no">{String(error.facts.reason)}</p>
      </div>
    );
  } else if (error.code === 'rate-limited') sentence = text('signIn.tooMany');
  if (!sentence) return <ErrorNote error={error} />;
  return (
    <div className="error-note" role="alert" data-testid="sign-in-refused">
      <p>{sentence}</p>
    </div>
  );
}

export function SignIn({ ended, onSignedIn }: { ended: boolean; onSignedIn(account: Account): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) return setMissing(true);
    setBusy(true);
    setError(null);
    try {
      const session = await api<{ account: Account }>('POST', '/session', { username: username.trim(), password });
      onSignedIn(session.account);
    } catch (e) {
      setError(e);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">
        <Message id="signIn.title" />
      </h1>
      {ended && (
        <p className="notice" role="status" data-testid="session-ended">
          <Message id="signIn.ended" />
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          label={<Message id="signIn.username" />}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          testId="username"
          error={missing && !username.trim() ? <Message id="form.required" /> : undefined}
        />
        <TextField
          label={<Message id="signIn.password" />}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          testId="password"
          error={missing && !password ? <Message id="form.required" /> : undefined}
        />
        <button type="submit" className="primary" disabled={busy} data-testid="sign-in">
          <Message id="signIn.submit" />
        </button>
      </form>
      {error !== null && <Refusal error={error} />}
    </section>
  );
}
