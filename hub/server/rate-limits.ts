/**
 * How often a client may call, per minute, counted in the database across hub processes.
 * Sign-in and enrolment are the doors a stranger can knock on; kiosk calls are limited per
 * kiosk and address so one kiosk in a retry loop cannot crowd out the rest.
 */
import type { FastifyRequest } from 'fastify';
import { HEADERS } from '../../sync/protocol.ts';
import { tooManyRequests } from './error-answers.ts';

export interface RateLimits {
  signIn: number;
  enrol: number;
  kioskCalls: number;
}

export const DEFAULT_LIMITS: RateLimits = { signIn: 10, enrol: 10, kioskCalls: 1200 };

export function perMinute(max: number, key: (request: FastifyRequest) => string) {
  return { max, timeWindow: 60_000, keyGenerator: key, errorResponseBuilder: tooManyRequests };
}

export const byAddress = (door: string) => (request: FastifyRequest) => `${door}:${request.ip}`;

export const byKiosk = (request: FastifyRequest) =>
  `kiosk:${request.ip}:${String(request.headers[HEADERS.kiosk] ?? '').slice(0, 8)}`;
