/** Statuses of a request still being worked on: Open311's "open"; done and rejected are "closed". */
import type { RequestStatus } from '../../sync/feed.ts';

export const OPEN_STATUSES: readonly RequestStatus[] = ['received', 'processing', 'ready'];
