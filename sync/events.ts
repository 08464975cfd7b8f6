/**
 * What a kiosk's outbox sends: an envelope per event and, for the kinds the hub knows, the
 * shape of its data. Unknown kinds pass with a valid envelope, so a newer kiosk can send
 * kinds an older hub stores and projects once it learns them.
 */
import { z } from 'zod';
import { Language } from './catalog-schema.ts';
import { TrackingCode } from './identifiers.ts';
import { MAX_BATCH_EVENTS } from './protocol.ts';
import { ComplaintFiled, SurveyAnswered } from './voice-events.ts';
import { AuditRecorded } from './audit-event.ts';

/** An ISO 8601 time that says its zone (`Z` or `+07:00`). */
export const ZonedTime = z.iso.datetime({ offset: true });

const Answer = z.union([z.string().max(4000), z.array(z.string().max(4000)).max(100)]);

export const RequestCreated = z
  .object({
    trackingCode: TrackingCode,
    serviceCode: z.string().regex(/^[a-z][a-z0-9-]*$/),
    catalogVersion: z.string().min(1).max(40).nullable(),
    language: Language,
    answers: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), Answer),
    counter: z.string().regex(/^[A-Z]$/),
    queueDay: z.iso.date(),
    queueNumber: z.number().int().positive(),
    requestedAt: ZonedTime,
    noticeVersion: z.string().min(1).max(40).nullable(),
    assistedBy: z.string().min(1).max(80).nullable(),
  })
  .strict();
export type RequestCreated = z.infer<typeof RequestCreated>;

export const HelpCalled = z
  .object({
    requestedAt: ZonedTime,
    screen: z.string().min(1).max(60),
    serviceCode: z.string().max(60).nullable(),
  })
  .strict();
export type HelpCalled = z.infer<typeof HelpCalled>;

export const PrintFailed = z
  .object({ trackingCode: TrackingCode, failedAt: ZonedTime, reason: z.string().min(1).max(500) })
  .strict();
export type PrintFailed = z.infer<typeof PrintFailed>;

/** The kinds the hub projects into tables of their own; every kind is also kept as sent. */
export const EVENT_DATA = {
  'request.created': RequestCreated,
  'help.called': HelpCalled,
  'print.failed': PrintFailed,
  'complaint.filed': ComplaintFiled,
  'survey.answered': SurveyAnswered,
  'audit.recorded': AuditRecorded,
} as const;
export type KnownKind = keyof typeof EVENT_DATA;

export const SyncEvent = z
  .object({
    seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    kind: z.string().regex(/^[a-z]+(\.[a-z-]+)+$/, 'use lower-case words joined by dots, such as request.created'),
    at: ZonedTime,
    data: z.record(z.string(), z.unknown()),
  })
  .strict()
  .superRefine((event, ctx) => {
    const schema = EVENT_DATA[event.kind as KnownKind];
    const parsed = schema?.safeParse(event.data);
    for (const issue of parsed?.error?.issues ?? []) {
      ctx.addIssue({ ...issue, path: ['data', ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
    }
  });
export type SyncEvent = z.infer<typeof SyncEvent>;

export const EventBatch = z
  .object({ events: z.array(SyncEvent).min(1).max(MAX_BATCH_EVENTS) })
  .strict()
  .superRefine(({ events }, ctx) => {
    for (let i = 1; i < events.length; i++) {
      if (events[i]!.seq <= events[i - 1]!.seq) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'seq'],
          message: `comes after seq ${events[i - 1]!.seq}; send events in rising seq order, each once`,
        });
        return;
      }
    }
  });
export type EventBatch = z.infer<typeof EventBatch>;

export const BatchAck = z.object({ ackedSeq: z.number().int().nonnegative(), stored: z.number().int() }).strict();
export type BatchAck = z.infer<typeof BatchAck>;

/** The one sentence a refused batch gets, naming the event by its seq and kind. */
export function describeBatchIssue(body: unknown, issue: { path: readonly PropertyKey[]; message: string }): string {
  const [top, index, ...rest] = issue.path;
  const events = (body as { events?: unknown } | null)?.events;
  const event = top === 'events' && typeof index === 'number' && Array.isArray(events) ? events[index] : undefined;
  const about =
    event && typeof event === 'object'
      ? `Event seq ${String((event as { seq?: unknown }).seq)} (${String((event as { kind?: unknown }).kind)})`
      : 'The batch';
  const field = (event ? rest : issue.path).map(String).join('.');
  const message = issue.message.replace(/\.$/, '');
  return `${about}${field ? `: "${field}"` : ''}: ${message}; nothing in the batch was stored.`;
}
