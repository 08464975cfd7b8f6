/** The audit trail for admins, and USB bundles for operators: import a kiosk's bundle, write its return bundle. */
import { z } from 'zod';
import { CASEWORKERS } from '../../accounts/accounts.ts';
import { AuditEntry, AuditQuery, exportAudit, listAudit } from '../../agency/audit-list.ts';
import { audit } from '../../accounts/audit.ts';
import { KioskPrefix } from '../../../sync/identifiers.ts';
import type { HubKeys } from '../../keys.ts';
import type { Store } from '../../store/store.ts';
import { importBundle } from '../../sync/import-bundle.ts';
import { writeReturnBundle } from '../../sync/write-return-bundle.ts';
import { actorOf } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const BUNDLE_LIMIT = 256 * 1024 * 1024;

export function auditAndBundleRoutes(app: HubApp, store: Store, keys: HubKeys): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        querystring: AuditQuery,
        response: { 200: z.object({ entries: z.array(AuditEntry), next: z.number().nullable() }) },
      },
      config: { roles: ['admin'] },
    },
    async (request) => listAudit(store, request.query),
  );

  app.get(
    '/api/v1/audit/export.csv',
    { schema: { querystring: AuditQuery.omit({ limit: true }) }, config: { roles: ['admin'] } },
    async (request, reply) => {
      const csv = await store.transaction(async (tx) => {
        await audit(tx, actorOf(request), 'audit.exported', 'audit', request.query);
        return exportAudit(tx, { ...request.query, limit: 500 });
      });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="serambi-audit.csv"')
        .send(csv);
    },
  );

  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: BUNDLE_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/api/v1/bundles',
    {
      bodyLimit: BUNDLE_LIMIT,
      schema: {
        body: z.instanceof(Buffer),
        response: {
          200: z.object({
            kiosk: z.string(),
            fromSeq: z.number(),
            toSeq: z.number(),
            stored: z.number(),
            ackedSeq: z.number(),
          }),
        },
      },
      config: { roles: CASEWORKERS },
    },
    async (request) => importBundle(store, keys, request.body.toString('utf8'), actorOf(request)),
  );

  app.post(
    '/api/v1/kiosks/:prefix/return-bundle',
    { schema: { params: z.object({ prefix: KioskPrefix }) }, config: { roles: CASEWORKERS } },
    async (request, reply) => {
      const bundle = await writeReturnBundle(store, keys, request.params.prefix, actorOf(request));
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename="${bundle.fileName}"`)
        .send(bundle.text);
    },
  );
}
