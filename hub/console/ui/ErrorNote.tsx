/**
 * A refusal from the hub, in the console's words for its code, with the hub's own sentence
 * beneath (English, as the hub writes it) so that nothing it says is lost.
 */
import { ApiError } from '../api/client';
import type { MessageId } from '../i18n/messages';
import { Message } from '../i18n/t';

const KNOWN = new Set([
  'bad-request',
  'catalog-invalid',
  'conflict',
  'forbidden',
  'not-found',
  'offline',
  'rate-limited',
  'signed-in-required',
  'too-large',
  'unavailable',
]);

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const known = error instanceof ApiError ? error : new ApiError(0, 'unavailable', String(error));
  const code = KNOWN.has(known.code) ? known.code : 'unavailable';
  return (
    <div className="error-note" role="alert" data-testid="error-note">
      <p>
        <Message id={`error.${code}` as MessageId} />
      </p>
      {known.message && (
        <p className="hub-says" lang="en" translate="no">
          {known.message}
        </p>
      )}
      {known.problems.length > 0 && (
        <ul className="hub-says" lang="en" translate="no">
          {known.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
