/**
 * Every refusal, from the hub to a kiosk or to the agency's console, has this shape: a code
 * a program can act on and one sentence a person can act on.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'bad-request',
  'batch-refused',
  'bundle-refused',
  'catalog-invalid',
  'clock-skew',
  'conflict',
  'cursor-ahead',
  'enrolment-refused',
  'forbidden',
  'kiosk-revoked',
  'not-found',
  'rate-limited',
  'replay',
  'signature',
  'signed-in-required',
  'too-large',
  'unknown-kiosk',
  'unavailable',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorAnswer = z
  .object({
    error: z.object({ code: ErrorCode, message: z.string(), problems: z.array(z.string()).optional() }).strict(),
  })
  .strict();
export type ErrorAnswer = z.infer<typeof ErrorAnswer>;
