/** The catalog kiosks run: read it and its versions; admins publish, roll back and set announcements. */
import { z } from 'zod';
import { Announcement } from '../../../sync/catalog-schema.ts';
import { Announcements, CatalogRelease } from '../../../sync/feed.ts';
import {
  catalogVersion,
  checkCatalog,
  currentAnnouncements,
  currentCatalog,
  listCatalogVersions,
  publishCatalog,
  rollBackCatalog,
  setAnnouncements,
} from '../../catalog/catalogs.ts';
import { HubError } from '../../hub-error.ts';
import type { Store } from '../../store/store.ts';
import { actorOf } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const admin = { roles: ['admin'] as const };
const anyone = { roles: [] };
const CatalogBodyLimit = 8 * 1024 * 1024;

const VersionInfo = z.object({
  version: z.number(),
  note: z.string(),
  publishedAt: z.date(),
  publishedBy: z.string().nullable(),
  current: z.boolean(),
});

export function catalogRoutes(app: HubApp, store: Store): void {
  app.get('/api/v1/catalog', { schema: { response: { 200: CatalogRelease } }, config: anyone }, async () => {
    const current = await currentCatalog(store);
    if (!current)
      throw new HubError('not-found', 'No catalog has been published yet; an admin publishes the first one.');
    return current;
  });

  app.get(
    '/api/v1/catalog/versions',
    { schema: { response: { 200: z.object({ versions: z.array(VersionInfo) }) } }, config: anyone },
    async () => ({
      versions: await listCatalogVersions(store),
    }),
  );

  app.get(
    '/api/v1/catalog/versions/:version',
    {
      schema: { params: z.object({ version: z.coerce.number().int().positive() }), response: { 200: CatalogRelease } },
      config: anyone,
    },
    async (request) => catalogVersion(store, request.params.version),
  );

  app.post(
    '/api/v1/catalog/versions',
    {
      bodyLimit: CatalogBodyLimit,
      schema: {
        body: z.object({ catalog: z.unknown(), note: z.string().max(500).default('') }).strict(),
        response: { 201: z.object({ version: z.number() }) },
      },
      config: admin,
    },
    async (request, reply) => {
      const version = await store.transaction((tx) =>
        publishCatalog(tx, actorOf(request), request.body.catalog, request.body.note),
      );
      return reply.code(201).send({ version });
    },
  );

  // The console checks each edit as it is typed, with the checks publishing runs.
  app.post(
    '/api/v1/catalog/check',
    {
      bodyLimit: CatalogBodyLimit,
      schema: {
        body: z.object({ catalog: z.unknown() }).strict(),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
      config: admin,
    },
    async (request) => {
      checkCatalog(request.body.catalog);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/v1/catalog/current',
    {
      schema: {
        body: z.object({ version: z.number().int().positive() }).strict(),
        response: { 200: z.object({ version: z.number() }) },
      },
      config: admin,
    },
    async (request) => {
      await store.transaction((tx) => rollBackCatalog(tx, actorOf(request), request.body.version));
      return { version: request.body.version };
    },
  );

  app.get('/api/v1/announcements', { schema: { response: { 200: Announcements } }, config: anyone }, async () =>
    currentAnnouncements(store),
  );

  app.put(
    '/api/v1/announcements',
    {
      schema: {
        // The kiosk shows each for ten seconds in large type: the catalog's limit of 120 characters holds here too.
        body: z
          .object({
            items: z
              .array(
                Announcement.refine(
                  (a) => a.text.id.length <= 120 && a.text.en.length <= 120,
                  'each text may have at most 120 characters',
                ),
              )
              .max(20),
          })
          .strict(),
        response: { 200: Announcements },
      },
      config: admin,
    },
    async (request) => {
      const version = await store.transaction((tx) => setAnnouncements(tx, actorOf(request), request.body.items));
      return { version, items: request.body.items };
    },
  );
}
