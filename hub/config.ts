/**
 * The hub's settings, from the environment. A setting that cannot work stops start-up with
 * one sentence naming it and the fix.
 */
import { resolve } from 'node:path';
import type { RateLimits } from './server/rate-limits.ts';
import { DEFAULT_LIMITS } from './server/rate-limits.ts';
import { HubSetupError } from './setup-error.ts';

export interface HubConfig {
  /** PostgreSQL; null runs the embedded PGlite store in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  host: string;
  port: number;
  /** Where kiosks reach the hub, printed into enrolment QR codes. */
  publicUrl: string | null;
  /** Hops of reverse proxies whose X-Forwarded-For the hub believes (0: none). */
  trustProxy: number;
  logLevel: string;
  poolSize: number;
  /** Calls per minute: sign-ins and enrolments per address, kiosk calls per kiosk and address. */
  limits: RateLimits;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function whole(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new HubSetupError(`${name} is "${value}"; set it to a whole number from ${min} to ${max}.`);
  }
  return n;
}

export function readHubConfig(env: NodeJS.ProcessEnv): HubConfig {
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new HubSetupError(
      'DATABASE_URL must start with postgres:// (for example postgres://hub@db.example/serambi).',
    );
  }
  const publicUrl = env.HUB_PUBLIC_URL || null;
  if (publicUrl && !/^https?:\/\/[^/\s]+/.test(publicUrl)) {
    throw new HubSetupError(
      `HUB_PUBLIC_URL is "${publicUrl}"; set it to the address kiosks use, such as https://hub.example.go.id.`,
    );
  }
  const logLevel = env.HUB_LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new HubSetupError(`HUB_LOG_LEVEL is "${logLevel}"; use one of ${LOG_LEVELS.join(', ')}.`);
  }
  return {
    databaseUrl,
    dataDir: resolve(env.HUB_DATA_DIR || '.serambi-hub'),
    host: env.HUB_HOST || '127.0.0.1',
    port: whole('HUB_PORT', env.HUB_PORT, 5180, 0, 65535),
    publicUrl: publicUrl?.replace(/\/+$/, '') ?? null,
    trustProxy: whole('HUB_TRUST_PROXY', env.HUB_TRUST_PROXY, 0, 0, 10),
    logLevel,
    poolSize: whole('HUB_DB_POOL', env.HUB_DB_POOL, 10, 1, 200),
    limits: {
      signIn: whole('HUB_LIMIT_SIGN_IN', env.HUB_LIMIT_SIGN_IN, DEFAULT_LIMITS.signIn, 1, 1_000_000),
      enrol: whole('HUB_LIMIT_ENROL', env.HUB_LIMIT_ENROL, DEFAULT_LIMITS.enrol, 1, 1_000_000),
      kioskCalls: whole('HUB_LIMIT_KIOSK_CALLS', env.HUB_LIMIT_KIOSK_CALLS, DEFAULT_LIMITS.kioskCalls, 1, 1_000_000),
    },
  };
}
