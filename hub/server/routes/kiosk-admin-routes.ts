/** The fleet: kiosks with their health, and for admins creation, enrolment codes, settings and revocation. */
import { z } from 'zod';
import { FleetSummary, KioskView, listKiosks, summarise } from '../../agency/fleet.ts';
import { Alerts, AlertsQuery, listAlerts } from '../../agency/alerts.ts';
import { enrolmentCard } from '../../kiosks/enrolment-card.ts';
import {
  ExtraSettings,
  KioskFields,
  changeKiosk,
  createKiosk,
  newEnrolmentCodeFor,
  revokeKiosk,
} from '../../kiosks/kiosks.ts';
import { KioskPrefix } from '../../../sync/identifiers.ts';
import { HubError } from '../../hub-error.ts';
import type { HubKeys } from '../../keys.ts';
import type { Store } from '../../store/store.ts';
import { actorOf } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const admin = { roles: ['admin'] as const };
const anyone = { roles: [] };
const Prefix = z.object({ prefix: KioskPrefix });
const Card = z.object({
  code: z.string(),
  expiresAt: z.date(),
  hubFingerprint: z.string(),
  qrText: z.string(),
  qrSvg: z.string(),
});

export function kioskAdminRoutes(app: HubApp, store: Store, keys: HubKeys, publicUrl: string | null): void {
  const card = (enrolment: Parameters<typeof enrolmentCard>[0]) =>
    enrolmentCard(enrolment, keys.fingerprint, publicUrl);
  const one = async (prefix: string) => {
    const [kiosk] = await listKiosks(store, prefix);
    if (!kiosk) throw new HubError('not-found', `There is no kiosk with prefix ${prefix}.`);
    return kiosk;
  };

  app.get(
    '/api/v1/fleet',
    { schema: { response: { 200: z.object({ summary: FleetSummary, kiosks: z.array(KioskView) }) } }, config: anyone },
    async () => {
      const kiosks = await listKiosks(store);
      return { summary: summarise(kiosks), kiosks };
    },
  );

  app.get(
    '/api/v1/alerts',
    { schema: { querystring: AlertsQuery, response: { 200: Alerts } }, config: anyone },
    async (request) => listAlerts(store, request.query),
  );

  app.get(
    '/api/v1/kiosks/:prefix',
    { schema: { params: Prefix, response: { 200: KioskView } }, config: anyone },
    async (request) => one(request.params.prefix),
  );

  app.post(
    '/api/v1/kiosks',
    {
      schema: { body: KioskFields, response: { 201: z.object({ kiosk: KioskView, enrolment: Card }) } },
      config: admin,
    },
    async (request, reply) => {
      const { kiosk, enrolment } = await createKiosk(store, actorOf(request), request.body);
      return reply.code(201).send({ kiosk: await one(kiosk.prefix), enrolment: await card(enrolment) });
    },
  );

  app.post(
    '/api/v1/kiosks/:prefix/enrolment-code',
    { schema: { params: Prefix, response: { 201: Card } }, config: admin },
    async (request, reply) => {
      const enrolment = await store.transaction((tx) =>
        newEnrolmentCodeFor(tx, actorOf(request), request.params.prefix),
      );
      return reply.code(201).send(await card(enrolment));
    },
  );

  app.patch(
    '/api/v1/kiosks/:prefix',
    {
      schema: {
        params: Prefix,
        body: KioskFields.partial().extend({ settings: ExtraSettings.optional() }).strict(),
        response: { 200: KioskView },
      },
      config: admin,
    },
    async (request) => {
      await store.transaction((tx) => changeKiosk(tx, actorOf(request), request.params.prefix, request.body));
      return one(request.params.prefix);
    },
  );

  app.post(
    '/api/v1/kiosks/:prefix/revoke',
    {
      schema: {
        params: Prefix,
        body: z.object({ reason: z.string().trim().min(1).max(200) }).strict(),
        response: { 200: KioskView },
      },
      config: admin,
    },
    async (request) => {
      await store.transaction((tx) => revokeKiosk(tx, actorOf(request), request.params.prefix, request.body.reason));
      return one(request.params.prefix);
    },
  );
}
