/** Requests across kiosks: the filtered list, one request with its history, and status changes. */
import { z } from 'zod';
import { listRequests, RequestFilter, RequestSummary } from '../../agency/request-list.ts';
import { RequestDetail, requestDetail } from '../../agency/request-detail.ts';
import { exportRequests } from '../../agency/request-export.ts';
import { Stats, StatsQuery, requestStats } from '../../agency/request-stats.ts';
import { UnitInput, assignUnit } from '../../agency/request-unit.ts';
import { StatusChangeInput, changeStatus } from '../../agency/status-change.ts';
import type { Queryable, Store } from '../../store/store.ts';
import type { FastifyRequest } from 'fastify';
import { CASEWORKERS } from '../../accounts/accounts.ts';
import { actorOf } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const anyone = { roles: [] };
const caseworkers = { roles: CASEWORKERS };
/** Whether the signed-in account may see citizens' personal data. */
const seesPersonalData = (request: FastifyRequest) =>
  (CASEWORKERS as readonly string[]).includes(request.account?.role ?? '');
const detail = (tx: Queryable, request: FastifyRequest, code: string) =>
  requestDetail(tx, actorOf(request), code, seesPersonalData(request));
const Code = z.object({ trackingCode: z.string().max(40) });

export function requestRoutes(app: HubApp, store: Store): void {
  app.get(
    '/api/v1/requests',
    {
      schema: {
        querystring: RequestFilter,
        response: { 200: z.object({ requests: z.array(RequestSummary), next: z.string().nullable() }) },
      },
      config: anyone,
    },
    async (request) => listRequests(store, request.query),
  );

  app.get(
    '/api/v1/requests/export.csv',
    { schema: { querystring: RequestFilter.omit({ limit: true, after: true }) }, config: anyone },
    async (request, reply) => {
      const csv = await store.transaction((tx) =>
        exportRequests(tx, actorOf(request), { ...request.query, limit: 200 }),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="serambi-requests.csv"')
        .send(csv);
    },
  );

  app.get(
    '/api/v1/requests/:trackingCode',
    { schema: { params: Code, response: { 200: RequestDetail } }, config: anyone },
    async (request) => store.transaction((tx) => detail(tx, request, request.params.trackingCode)),
  );

  app.post(
    '/api/v1/requests/:trackingCode/status',
    { schema: { params: Code, body: StatusChangeInput, response: { 200: RequestDetail } }, config: caseworkers },
    async (request) =>
      store.transaction(async (tx) => {
        await changeStatus(tx, actorOf(request), request.params.trackingCode, request.body);
        return detail(tx, request, request.params.trackingCode);
      }),
  );

  app.put(
    '/api/v1/requests/:trackingCode/unit',
    { schema: { params: Code, body: UnitInput, response: { 200: RequestDetail } }, config: caseworkers },
    async (request) =>
      store.transaction(async (tx) => {
        await assignUnit(tx, actorOf(request), request.params.trackingCode, request.body.unit);
        return detail(tx, request, request.params.trackingCode);
      }),
  );

  app.get(
    '/api/v1/stats',
    { schema: { querystring: StatsQuery, response: { 200: Stats } }, config: anyone },
    async (request) => requestStats(store, request.query),
  );

  // One change for a selection, all or none: the console's bulk action.
  app.post(
    '/api/v1/requests/status',
    {
      schema: {
        body: z
          .object({ trackingCodes: z.array(z.string().max(40)).min(1).max(200), change: StatusChangeInput })
          .strict(),
        response: { 200: z.object({ changed: z.number() }) },
      },
      config: caseworkers,
    },
    async (request) =>
      store.transaction(async (tx) => {
        // In a fixed order, so two bulk changes over the same requests cannot deadlock.
        const codes = [...new Set(request.body.trackingCodes)].sort();
        for (const code of codes) await changeStatus(tx, actorOf(request), code, request.body.change);
        return { changed: codes.length };
      }),
  );
}
