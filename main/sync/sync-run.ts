import type { Db } from '../store/open-database.ts';
import type { HubClient, Signer } from './hub-client.ts';
import type { SubmissionGate } from './submission-gate.ts';

/** What every step of a sync round works with: one enrolled kiosk talking to its pinned hub. */
export interface SyncRun {
  db: Db;
  client: HubClient;
  signer: Signer;
  /** The hub signing key pinned at enrolment: every answer must verify with it. */
  hubKey: string;
  /** Aborted when the kiosk stops: a call in flight ends at once. */
  signal: AbortSignal;
  gate: SubmissionGate;
  now: () => Date;
}

/** One signed call of the round; resolves with the verified JSON of a 200 answer. */
export function callHub(run: SyncRun, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  return run.client.call(method, path, body, run.signer, { hubKey: run.hubKey, signal: run.signal });
}
