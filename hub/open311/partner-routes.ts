/** Admins issue and revoke Open311 API keys in the console: one partner, one key. */
import { z } from 'zod';
import { KioskPrefix } from '../../sync/identifiers.ts';
import { actorOf } from '../server/session-door.ts';
import type { HubApp } from '../server/types.ts';
import type { Store } from '../store/store.ts';
import { Partner, PartnerFields, createPartner, listPartners, revokePartner } from './partners.ts';

const admin = { roles: ['admin'] as const };

export function partnerRoutes(app: HubApp, store: Store): void {
  app.get(
    '/api/v1/open311/partners',
    { schema: { response: { 200: z.object({ partners: z.array(Partner) }) } }, config: admin },
    async () => ({ partners: await listPartners(store) }),
  );

  app.post(
    '/api/v1/open311/partners',
    {
      schema: { body: PartnerFields, response: { 201: z.object({ partner: Partner, apiKey: z.string() }) } },
      config: admin,
    },
    async (request, reply) => reply.code(201).send(await createPartner(store, actorOf(request), request.body)),
  );

  app.post(
    '/api/v1/open311/partners/:prefix/revoke',
    {
      schema: {
        params: z.object({ prefix: KioskPrefix }),
        body: z.object({ reason: z.string().trim().min(1).max(200) }).strict(),
        response: { 200: Partner },
      },
      config: admin,
    },
    async (request) =>
      store.transaction((tx) => revokePartner(tx, actorOf(request), request.params.prefix, request.body.reason)),
  );
}
