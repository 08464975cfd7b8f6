/**
 * The fixed points of the kiosk-hub protocol: paths, header names and limits. Both sides
 * import these, so a change here is a change of protocol version (sync/README.md).
 */

export const SYNC_PATHS = {
  enrol: '/sync/v1/enrol',
  events: '/sync/v1/events',
  feed: '/sync/v1/feed',
  heartbeat: '/sync/v1/heartbeat',
} as const;

/** Header names in lower case, as Node presents them. */
export const HEADERS = {
  kiosk: 'serambi-kiosk',
  time: 'serambi-time',
  nonce: 'serambi-nonce',
  signature: 'serambi-signature',
  hubTime: 'serambi-hub-time',
  hubSignature: 'serambi-hub-signature',
} as const;

/** A signed call whose time is further than this from the hub's clock is refused. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** At most this many events in one batch; a kiosk with more sends several batches. */
export const MAX_BATCH_EVENTS = 2000;

/** The most a request body may hold once unpacked (and on the wire, packed or not). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Status changes in one feed page; `more: true` says another page is waiting. */
export const MAX_FEED_CHANGES = 500;
