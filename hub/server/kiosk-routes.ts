/** The kiosk's side of the protocol (sync/README.md): enrol, send events, read the feed, report health. */
import { EnrolRequest, EnrolResponse } from '../../sync/enrolment.ts';
import { BatchAck, EventBatch } from '../../sync/events.ts';
import { FeedPage, FeedQuery } from '../../sync/feed.ts';
import { Heartbeat, HeartbeatAck } from '../../sync/heartbeat.ts';
import { HEADERS, MAX_FEED_CHANGES, SYNC_PATHS } from '../../sync/protocol.ts';
import { ENROLLING, verifyRequest } from '../../sync/request-signing.ts';
import { HubError } from '../hub-error.ts';
import type { HubKeys } from '../keys.ts';
import type { Store } from '../store/store.ts';
import { enrolKiosk } from '../sync/enrol.ts';
import { readFeed, recordAppliedCursor } from '../sync/feed.ts';
import { recordHeartbeat } from '../sync/heartbeat.ts';
import { ingestEvents } from '../sync/ingest.ts';
import { checkClock } from '../sync/signed-call.ts';
import { kioskDoor } from './kiosk-door.ts';
import { byAddress, byKiosk, perMinute, type RateLimits } from './rate-limits.ts';
import type { HubApp } from './types.ts';

export interface KioskRouteDeps {
  store: Store;
  keys: HubKeys;
  now: () => Date;
  limits: RateLimits;
}

export async function kioskRoutes(app: HubApp, { store, keys, now, limits }: KioskRouteDeps): Promise<void> {
  kioskDoor(app, store, keys, now);
  const perKiosk = perMinute(limits.kioskCalls, byKiosk);

  app.post(
    SYNC_PATHS.enrol,
    {
      schema: { body: EnrolRequest, response: { 200: EnrolResponse } },
      config: {
        rateLimit: perMinute(limits.enrol, byAddress('enrol')),
      },
    },
    async (request) => {
      const time = request.headers[HEADERS.time];
      const nonce = request.headers[HEADERS.nonce];
      const signature = request.headers[HEADERS.signature];
      if (typeof time !== 'string' || typeof nonce !== 'string' || typeof signature !== 'string') {
        throw new HubError(
          'signature',
          'An enrolment must be signed with the new signing key (Serambi-Time, Serambi-Nonce and Serambi-Signature headers).',
        );
      }
      checkClock(time, now());
      const call = { method: 'POST', path: request.url, kiosk: ENROLLING, time, nonce, body: request.rawBody! };
      if (!verifyRequest(call, signature, request.body.signingKey)) {
        throw new HubError(
          'signature',
          'The enrolment is not signed by the signing key it registers; sign it with that key.',
        );
      }
      request.answering = { kiosk: ENROLLING, nonce };
      return enrolKiosk(store, keys, request.body);
    },
  );

  app.post(
    SYNC_PATHS.events,
    {
      schema: { body: EventBatch, response: { 200: BatchAck } },
      config: { signed: true, batch: true, rateLimit: perKiosk },
    },
    async (request) => store.transaction((tx) => ingestEvents(tx, request.kioskCall!, request.body.events, 'network')),
  );

  app.get(
    SYNC_PATHS.feed,
    { schema: { querystring: FeedQuery, response: { 200: FeedPage } }, config: { signed: true, rateLimit: perKiosk } },
    async (request) => {
      const { kioskId } = request.kioskCall!;
      const page = await readFeed(store, kioskId, request.query.cursor, request.query.limit ?? MAX_FEED_CHANGES);
      await recordAppliedCursor(store, kioskId, request.query.cursor);
      return page;
    },
  );

  app.post(
    SYNC_PATHS.heartbeat,
    { schema: { body: Heartbeat, response: { 200: HeartbeatAck } }, config: { signed: true, rateLimit: perKiosk } },
    async (request) => ({
      receivedAt: (await recordHeartbeat(store, request.kioskCall!.kioskId, request.body, 'network')).toISOString(),
    }),
  );
}
