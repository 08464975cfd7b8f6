/**
 * Open311 GeoReport v2 at /open311/v2/: discovery, services, service definitions, requests
 * (list, one, file) and tokens, each in XML (the spec's required format) and JSON, chosen
 * by the suffix. Every refusal is the spec's errors/error{code, description}, in the format
 * asked for, with 400, 403 or 404.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Catalog, Language } from '../../sync/catalog-schema.ts';
import { findService } from '../../sync/catalog-check.ts';
import { ZonedTime } from '../../sync/events.ts';
import { normaliseCode, isTrackingCode } from '../../sync/identifiers.ts';
import { currentCatalog } from '../catalog/catalogs.ts';
import { HubError } from '../hub-error.ts';
import { byAddress, perMinute } from '../server/rate-limits.ts';
import type { HubApp } from '../server/types.ts';
import type { Store } from '../store/store.ts';
import { PostRequest, fileRequest } from './file-request.ts';
import { GeoReportError, errorsOf } from './georeport-error.ts';
import { CONTENT_TYPES, render, type Format, type Value } from './georeport-format.ts';
import { MAX_REQUESTS, WINDOW_DAYS, findRequests, w3c } from './georeport-requests.ts';
import { definitionOf, serviceOf } from './georeport-services.ts';
import { parseForm } from './form-body.ts';

export const GEOREPORT_PATH = '/open311/v2';
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
const DAY_MS = 86_400_000;

const Suffix = z.object({ format: z.enum(['xml', 'json'], 'use .xml or .json') });
const Id = z.string().min(1).max(80);
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const ListQuery = z.object({
  jurisdiction_id: z.string().optional(),
  service_request_id: list.pipe(z.array(z.string().max(40)).max(MAX_REQUESTS)).optional(),
  service_code: list.pipe(z.array(z.string().max(64)).max(100)).optional(),
  start_date: z.preprocess((v) => (v === '' ? undefined : v), ZonedTime.optional()),
  end_date: z.preprocess((v) => (v === '' ? undefined : v), ZonedTime.optional()),
  status: list.pipe(z.array(z.enum(['open', 'closed'], 'use open, closed or both'))).optional(),
});

/** Indonesian unless the client asks for English first (Accept-Language). */
function languageOf(request: FastifyRequest): Language {
  return /^\s*en\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'id';
}

function formatOf(request: FastifyRequest): Format {
  return /\.json(\?|$)/.test(request.url) ? 'json' : 'xml';
}

function send(reply: FastifyReply, format: Format, root: string, value: Value, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('content-type', CONTENT_TYPES[format])
    .send(render(format, root, value));
}

function geoReportErrorOf(error: FastifyError): GeoReportError {
  if (error instanceof GeoReportError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const [first] = error.validation;
    const field = first!.instancePath.split('/').filter(Boolean).join('.');
    return new GeoReportError(
      400,
      `${field ? `${field}: ` : ''}${(first!.message ?? 'is not valid').replace(/\.$/, '')}.`,
    );
  }
  if (error.statusCode === 413) return new GeoReportError(400, 'The request body is too large.');
  if (error.statusCode === 415) {
    return new GeoReportError(400, 'Send the request as application/x-www-form-urlencoded; charset=utf-8.');
  }
  return new GeoReportError(
    400,
    'The request could not be handled; try again, and tell the agency if it keeps failing.',
  );
}

async function catalogOf(store: Store): Promise<Catalog> {
  const release = await currentCatalog(store);
  if (!release) throw new GeoReportError(404, 'The agency has not published any services yet.');
  return release.catalog as Catalog;
}

export function geoReportRoutes(app: HubApp, store: Store, publicUrl: string | null): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_request, body, done) => done(null, parseForm(String(body))),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HubError && error.code === 'rate-limited') {
      return send(reply, formatOf(request), 'errors', errorsOf(429, error.message), 429);
    }
    const known = geoReportErrorOf(error);
    if (!(error instanceof GeoReportError) && !hasZodFastifySchemaValidationErrors(error) && !error.statusCode) {
      request.log.error({ err: { type: error.name, message: error.message } }, 'open311 failed');
    }
    return send(reply, formatOf(request), 'errors', errorsOf(known.status, known.message), known.status);
  });
  app.setNotFoundHandler((request, reply) =>
    send(
      reply,
      formatOf(request),
      'errors',
      errorsOf(404, `There is no ${request.method} ${request.url.split('?')[0]}; see discovery.xml for the endpoints.`),
      404,
    ),
  );

  app.get('/discovery.:format', { schema: { params: Suffix } }, async (request, reply) => {
    const [row] = await store.query<{ changed_at: Date | null }>(
      'SELECT max(changed_at) AS changed_at FROM catalog_current',
    );
    const changeset = w3c(row?.changed_at ?? new Date(0));
    const base = publicUrl ?? `${request.protocol}://${request.host}`;
    return send(reply, request.params.format, 'discovery', {
      changeset,
      contact: 'Ask the agency that runs this Serambi hub.',
      key_service: "API keys for filing requests are issued by the agency's admins in the Serambi console.",
      endpoints: [
        {
          specification: SPECIFICATION,
          url: `${base}${GEOREPORT_PATH}`,
          changeset,
          type: 'production',
          formats: [CONTENT_TYPES.xml.split(';')[0]!, CONTENT_TYPES.json.split(';')[0]!],
        },
      ],
    });
  });

  app.get('/services.:format', { schema: { params: Suffix } }, async (request, reply) => {
    const catalog = await catalogOf(store);
    const language = languageOf(request);
    return send(
      reply,
      request.params.format,
      'services',
      catalog.services.map((s) => serviceOf(catalog, s, language)),
    );
  });

  app.get('/services/:code.:format', { schema: { params: Suffix.extend({ code: Id }) } }, async (request, reply) => {
    const code = request.params.code;
    const service = findService(await catalogOf(store), code);
    if (!service) throw new GeoReportError(404, `There is no service with service_code ${code}.`);
    return send(reply, request.params.format, 'service_definition', definitionOf(service, languageOf(request)));
  });

  app.get('/requests.:format', { schema: { params: Suffix, querystring: ListQuery } }, async (request, reply) => {
    const query = request.query;
    const ids = query.service_request_id?.map(normaliseCode);
    if (ids?.some((id) => !isTrackingCode(id))) {
      throw new GeoReportError(400, 'service_request_id holds something that is not a Serambi tracking code.');
    }
    const end = query.end_date ? new Date(query.end_date) : null;
    const start = query.start_date ? new Date(query.start_date) : null;
    const to = end ?? (start ? new Date(start.getTime() + WINDOW_DAYS * DAY_MS) : new Date());
    const from = start ?? new Date(to.getTime() - WINDOW_DAYS * DAY_MS);
    if (!ids && (to < from || to.getTime() - from.getTime() > WINDOW_DAYS * DAY_MS)) {
      throw new GeoReportError(400, `end_date must come after start_date, at most ${WINDOW_DAYS} days later.`);
    }
    const found = await findRequests(
      store,
      { ids, serviceCodes: query.service_code, from, to, status: query.status },
      languageOf(request),
    );
    return send(reply, request.params.format, 'service_requests', found);
  });

  app.get('/requests/:id.:format', { schema: { params: Suffix.extend({ id: Id }) } }, async (request, reply) => {
    const typed = request.params.id;
    const id = normaliseCode(typed);
    const found = isTrackingCode(id)
      ? await findRequests(store, { ids: [id], from: new Date(0), to: new Date() }, languageOf(request))
      : [];
    if (found.length === 0) throw new GeoReportError(404, `There is no request with service_request_id ${typed}.`);
    return send(reply, request.params.format, 'service_requests', found);
  });

  app.post(
    '/requests.:format',
    {
      schema: { params: Suffix, body: PostRequest },
      config: { rateLimit: perMinute(120, byAddress('open311')) },
    },
    async (request, reply) => {
      const filed = await fileRequest(store, request.body, languageOf(request));
      return send(reply, request.params.format, 'service_requests', [
        { service_request_id: filed.trackingCode, service_notice: filed.serviceNotice, account_id: filed.accountId },
      ]);
    },
  );

  // Every service is realtime: POST answers with the service_request_id, so no token is ever issued.
  app.get('/tokens/:token.:format', { schema: { params: Suffix.extend({ token: Id }) } }, async (request) => {
    const token = request.params.token;
    throw new GeoReportError(
      404,
      `There is no token ${token}: every service here is realtime, so POST requests answers with the service_request_id itself.`,
    );
  });
}
