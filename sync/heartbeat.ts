/** The kiosk's health, sent every few minutes and inside USB bundles, for the hub's fleet table. */
import { z } from 'zod';
import { ZonedTime } from './events.ts';

/** The same words the kiosk's devices status uses for its printer. */
export const PRINTER_HEALTH = [
  'ready',
  'paperNearEnd',
  'paperEnd',
  'coverOpen',
  'offline',
  'error',
  'unknown',
] as const;
export const PrinterHealth = z.enum(PRINTER_HEALTH);

const count = z.number().int().nonnegative();

export const Heartbeat = z
  .object({
    sentAt: ZonedTime,
    appVersion: z.string().min(1).max(40),
    catalogVersion: z.string().max(40).nullable(),
    printer: z
      .object({
        configured: z.boolean(),
        health: PrinterHealth,
        detail: z.string().max(300).nullable(),
        checkedAt: ZonedTime.nullable(),
      })
      .strict(),
    /** Conditions an operator must act on, such as paper near end, each with when it began. */
    alerts: z.array(z.object({ code: PrinterHealth, since: ZonedTime }).strict()).max(20),
    printJobs: z.object({ queued: count, failed: count }).strict(),
    outboxBacklog: count,
    freeDiskBytes: count,
    lastSyncAt: ZonedTime.nullable(),
  })
  .strict();
export type Heartbeat = z.infer<typeof Heartbeat>;

export const HeartbeatAck = z.object({ receivedAt: ZonedTime }).strict();
