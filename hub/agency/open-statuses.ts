/** Statuses of a request still being worked on: Open311's "open"; done and rejected are "closed". */
import type { RequestStatus } from '../../sync/feed.ts';

export const OPEN_STATUSES: readonly RequestStatus[] = ['received', 'processing', 'ready'];

/** The same as SQL, written out so that the planner can use the index of open requests (migration 0004). */
export const OPEN_STATUS_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
