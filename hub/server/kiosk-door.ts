/**
 * What every kiosk route shares: the body is read as raw bytes (the signature covers the
 * bytes as sent, gzip included), checked, then unpacked and parsed; and every answer to a
 * verified call is signed by the hub and packed with gzip when the kiosk accepts it.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { HEADERS, MAX_BODY_BYTES } from '../../sync/protocol.ts';
import { signResponse } from '../../sync/request-signing.ts';
import { HubError } from '../hub-error.ts';
import type { HubKeys } from '../keys.ts';
import type { Store } from '../store/store.ts';
import { checkSignedCall } from '../sync/signed-call.ts';
import type { HubApp } from './types.ts';

/** Below this, gzip's header costs more than it saves. */
const PACK_FROM_BYTES = 1024;

function unpack(raw: Buffer, encoding: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  let bytes = raw;
  if (encoding === 'gzip') {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: MAX_BODY_BYTES });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new HubError(
          'too-large',
          `The body unpacks to more than ${MAX_BODY_BYTES / 1024 / 1024} MiB; send fewer events per batch.`,
        );
      }
      throw new HubError('bad-request', 'The body says Content-Encoding gzip but is not gzip data.');
    }
  } else if (encoding !== undefined && encoding !== 'identity') {
    throw new HubError('bad-request', `The hub takes bodies packed with gzip or not packed, not "${encoding}".`);
  }
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HubError('bad-request', 'The request body is not valid JSON.');
  }
}

export function kioskDoor(app: HubApp, store: Store, keys: HubKeys, now: () => Date): void {
  app.decorateRequest('kioskCall', null);
  app.decorateRequest('answering', null);
  app.decorateRequest('rawBody', null);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_req, body, done) =>
    done(null, body),
  );

  app.addHook('preValidation', async (request) => {
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    request.rawBody = raw;
    if (request.routeOptions.config.signed) {
      const call = await checkSignedCall(
        store,
        { method: request.method, path: request.url, headers: request.headers, body: raw },
        now(),
      );
      request.kioskCall = call;
      request.answering = { kiosk: call.prefix, nonce: call.nonce };
    }
    const encoding = request.headers['content-encoding'];
    request.body = unpack(raw, typeof encoding === 'string' ? encoding.toLowerCase() : undefined);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header(HEADERS.hubTime, now().toISOString());
    if (!request.answering || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
    reply.header(
      HEADERS.hubSignature,
      signResponse({ ...request.answering, status: reply.statusCode, body }, keys.signing),
    );
    const accepts = String(request.headers['accept-encoding'] ?? '').includes('gzip');
    if (!accepts || body.length < PACK_FROM_BYTES) return body;
    reply.header('content-encoding', 'gzip');
    reply.header('vary', 'accept-encoding');
    return gzipSync(body);
  });
}
