/**
 * Ingestion of kiosk events, from the network and from USB bundles alike. Idempotent on
 * (kiosk, seq): an event stored before is skipped, provided it is the same event. The
 * answer is the highest seq below which every event of the kiosk is stored, so a kiosk
 * never forgets an event the hub does not hold.
 */
import type { SyncEvent } from '../../sync/events.ts';
import { prefixOf } from '../../sync/identifiers.ts';
import { HubError } from '../hub-error.ts';
import { UNIQUE_VIOLATION, sqlState, type Queryable } from '../store/store.ts';
import { VOICE_PROJECTIONS } from '../voice/voice-projections.ts';
import { KIOSK_AUDIT_PROJECTION } from '../staff/kiosk-audit.ts';

export interface Ingested {
  ackedSeq: number;
  /** Events stored by this call; the rest were already there. */
  stored: number;
}

/** One statement stores the events and projects the kinds the hub knows into their tables. */
const STORE_AND_PROJECT = `
WITH batch AS (
  SELECT (e->>'seq')::bigint AS seq, e->>'kind' AS kind, (e->>'at')::timestamptz AS at, e->'data' AS data
  FROM jsonb_array_elements($2::jsonb) AS e
), stored AS (
  INSERT INTO events (kiosk_id, seq, kind, at, data, via)
  SELECT $1, seq, kind, at, data, $3 FROM batch
  ON CONFLICT (kiosk_id, seq) DO NOTHING
  RETURNING seq, kind, data
), requests_added AS (
  INSERT INTO requests (kiosk_id, tracking_code, seq, service_code, catalog_version, language, counter,
                        queue_day, queue_number, requested_at, notice_version, assisted_by)
  SELECT $1, data->>'trackingCode', seq, data->>'serviceCode', data->>'catalogVersion', data->>'language',
         data->>'counter', (data->>'queueDay')::date, (data->>'queueNumber')::int,
         (data->>'requestedAt')::timestamptz, data->>'noticeVersion', data->>'assistedBy'
  FROM stored WHERE kind = 'request.created'
), help_added AS (
  INSERT INTO help_calls (kiosk_id, seq, requested_at, screen, service_code)
  SELECT $1, seq, (data->>'requestedAt')::timestamptz, data->>'screen', data->>'serviceCode'
  FROM stored WHERE kind = 'help.called'
), failures_added AS (
  INSERT INTO print_failures (kiosk_id, seq, tracking_code, failed_at, reason)
  SELECT $1, seq, data->>'trackingCode', (data->>'failedAt')::timestamptz, data->>'reason'
  FROM stored WHERE kind = 'print.failed'
)${VOICE_PROJECTIONS}${KIOSK_AUDIT_PROJECTION}
SELECT seq FROM stored`;

/** The first event of the batch that differs from the stored event with its seq. */
const FIRST_DIFFERENT = `
SELECT b.seq FROM (
  SELECT (e->>'seq')::bigint AS seq, e->>'kind' AS kind, (e->>'at')::timestamptz AS at, e->'data' AS data
  FROM jsonb_array_elements($2::jsonb) AS e
) b JOIN events s ON s.kiosk_id = $1 AND s.seq = b.seq
WHERE (s.kind, s.at, s.data) IS DISTINCT FROM (b.kind, b.at, b.data)
ORDER BY b.seq LIMIT 1`;

/** Moves acked_seq over every stored event that directly follows it, including earlier out-of-order ones. */
const ADVANCE_ACK = `
UPDATE kiosk_sync k SET last_batch_at = now(), acked_seq = coalesce((
  SELECT max(seq) FROM (
    SELECT seq, row_number() OVER (ORDER BY seq) AS n FROM events WHERE kiosk_id = $1 AND seq > k.acked_seq
  ) ahead WHERE seq = k.acked_seq + n
), k.acked_seq)
WHERE kiosk_id = $1 RETURNING acked_seq`;

const refused = (sentence: string) => new HubError('batch-refused', sentence);

export async function ingestEvents(
  tx: Queryable,
  kiosk: { kioskId: number; prefix: string },
  events: readonly SyncEvent[],
  via: 'network' | 'usb',
): Promise<Ingested> {
  // Taken first, so two hub processes given the same kiosk's batches take turns.
  await tx.query('SELECT acked_seq FROM kiosk_sync WHERE kiosk_id = $1 FOR UPDATE', [kiosk.kioskId]);
  for (const event of events) {
    const code = event.data.trackingCode;
    if (typeof code === 'string' && prefixOf(code) !== kiosk.prefix) {
      throw refused(
        `Event seq ${event.seq} (${event.kind}): tracking code ${code} does not start with this kiosk's prefix ${kiosk.prefix}; nothing in the batch was stored.`,
      );
    }
  }
  const json = JSON.stringify(events);
  let stored: { seq: number }[];
  try {
    stored = await tx.query<{ seq: number }>(STORE_AND_PROJECT, [kiosk.kioskId, json, via]);
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) {
      throw refused(
        `A request.created event in the batch repeats a tracking code the hub already holds for kiosk ${kiosk.prefix}; nothing in the batch was stored.`,
      );
    }
    throw error;
  }
  if (stored.length < events.length) {
    const [different] = await tx.query<{ seq: number }>(FIRST_DIFFERENT, [kiosk.kioskId, json]);
    if (different) {
      throw refused(
        `Event seq ${different.seq} differs from the event with that seq the hub already holds for kiosk ${kiosk.prefix} (was the kiosk's data restored from an old copy?); nothing in the batch was stored.`,
      );
    }
  }
  const [state] = await tx.query<{ acked_seq: number }>(ADVANCE_ACK, [kiosk.kioskId]);
  return { ackedSeq: state!.acked_seq, stored: stored.length };
}
