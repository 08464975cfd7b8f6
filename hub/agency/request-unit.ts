/** Assigning a request to a unit of the agency (or taking it back), audited. */
import { z } from 'zod';
import { audit, type Actor } from '../accounts/audit.ts';
import type { Queryable } from '../store/store.ts';
import { findRequest, readTrackingCode } from './request-detail.ts';

export const UnitInput = z.object({ unit: z.string().trim().min(1).max(80).nullable() }).strict();

export async function assignUnit(q: Queryable, actor: Actor, input: string, unit: string | null): Promise<void> {
  const code = readTrackingCode(input);
  const request = await findRequest(q, code, true);
  await q.query('UPDATE requests SET assigned_unit = $3 WHERE kiosk_id = $1 AND tracking_code = $2', [
    request.kiosk_id,
    code,
    unit,
  ]);
  await audit(q, actor, 'request.assigned', code, { from: request.assigned_unit, to: unit });
}
