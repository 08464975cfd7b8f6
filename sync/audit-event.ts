/**
 * 'audit.recorded': one entry of a kiosk's audit trail (main/audit/), sent as written, with
 * the hash of the entry before it and its own, so the hub keeps a copy that can be checked
 * against the kiosk's and that no one at the kiosk can change.
 */
import { z } from 'zod';

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const AuditRecorded = z
  .object({
    id: z.number().int().positive(),
    at: z.iso.datetime({ offset: true }),
    /** A staff number; null for the kiosk itself. */
    actor: z.string().max(64).nullable(),
    action: z.string().regex(/^[a-z]+(\.[a-zA-Z-]+)+$/),
    subject: z.string().max(300).nullable(),
    /** JSON text exactly as hashed; never a citizen's personal data. */
    detail: z.string().max(4000),
    prevHash: Hash,
    hash: Hash,
  })
  .strict();
export type AuditRecorded = z.infer<typeof AuditRecorded>;
