/**
 * The hub's HTTP server: the kiosk protocol under /sync/v1 and the agency's JSON API under
 * /api/v1. It holds no state of its own, so any number of processes can serve one database.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HubError } from '../hub-error.ts';
import type { HubKeys } from '../keys.ts';
import type { Store } from '../store/store.ts';
import { answerError, tooManyRequests } from './error-answers.ts';
import { kioskRoutes } from './kiosk-routes.ts';
import { DEFAULT_LIMITS, type RateLimits } from './rate-limits.ts';
import { databaseRateLimitStore } from './rate-limit-store.ts';
import { accountRoutes } from './routes/account-routes.ts';
import { auditAndBundleRoutes } from './routes/audit-and-bundle-routes.ts';
import { kioskStaffRoutes } from './routes/kiosk-staff-routes.ts';
import { catalogRoutes } from './routes/catalog-routes.ts';
import { kioskAdminRoutes } from './routes/kiosk-admin-routes.ts';
import { requestRoutes } from './routes/request-routes.ts';
import { voiceRoutes } from './routes/voice-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { sessionDoor } from './session-door.ts';
import { consoleRoutes } from './console-files.ts';
import { partnerRoutes } from '../open311/partner-routes.ts';
import { GEOREPORT_PATH, geoReportRoutes } from '../open311/georeport-routes.ts';
import type { HubApp } from './types.ts';

export interface HubAppOptions {
  store: Store;
  keys: HubKeys;
  publicUrl: string | null;
  /** Hops of reverse proxies to believe about the client's address. */
  trustProxy: number;
  logger: FastifyServerOptions['logger'];
  now?: () => Date;
  limits?: RateLimits;
}

export async function buildHubApp(options: HubAppOptions): Promise<HubApp> {
  const { store, keys } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger,
    trustProxy: options.trustProxy > 0 ? (_address: string, hop: number) => hop < options.trustProxy : false,
    bodyLimit: 1024 * 1024,
    // A kiosk on a slow link may take a while to send a batch; a stuck one must not hold a socket for ever.
    requestTimeout: 120_000,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request) => {
    throw new HubError(
      'not-found',
      `The hub has no ${request.method} ${request.url.split('?')[0]}; see sync/README.md and hub/README.md for its routes.`,
    );
  });
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(store),
    skipOnError: true,
    errorResponseBuilder: tooManyRequests,
  });

  app.get('/health', { schema: { response: { 200: z.object({ ok: z.boolean(), store: z.string() }) } } }, async () => {
    await store.query('SELECT 1');
    return { ok: true, store: store.kind };
  });

  const limits = options.limits ?? DEFAULT_LIMITS;
  await app.register(async (scope: HubApp) => kioskRoutes(scope, { store, keys, now, limits }));
  await app.register(async (scope: HubApp) => {
    sessionDoor(scope, store);
    sessionRoutes(scope, store, limits);
    accountRoutes(scope, store);
    requestRoutes(scope, store);
    voiceRoutes(scope, store);
    kioskAdminRoutes(scope, store, keys, options.publicUrl);
    catalogRoutes(scope, store);
    auditAndBundleRoutes(scope, store, keys);
    kioskStaffRoutes(scope, store);
    partnerRoutes(scope, store);
  });
  consoleRoutes(app);
  await app.register(async (scope: HubApp) => geoReportRoutes(scope, store, options.publicUrl), {
    prefix: GEOREPORT_PATH,
  });
  return app;
}
