/**
 * Every error leaves the hub as `{ error: { code, message } }` with one sentence a person can
 * act on: never a stack trace, never the content of what was sent (it may hold personal data).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { BundleError } from '../../sync/bundle-error.ts';
import type { ErrorCode } from '../../sync/errors.ts';
import { describeBatchIssue } from '../../sync/events.ts';
import { HTTP_STATUS, HubError } from '../hub-error.ts';

const CONTEXT: Record<string, string> = { body: 'body', querystring: 'query', params: 'address', headers: 'headers' };

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function validationAnswer(error: FastifyError, request: FastifyRequest): HubError {
  const [first] = error.validation!;
  const path = pathOf(first!.instancePath);
  const message = (first!.message ?? 'is not valid').replace(/\.$/, '');
  if (request.routeOptions.config.batch) {
    return new HubError('batch-refused', describeBatchIssue(request.body, { path, message }));
  }
  const where = CONTEXT[error.validationContext ?? 'body'] ?? 'body';
  const field = path.length ? `"${path.join('.')}" ` : '';
  return new HubError('bad-request', `The request ${where} is not valid: ${field}${message}.`);
}

function toHubError(error: FastifyError, request: FastifyRequest): HubError | null {
  if (error instanceof HubError) return error;
  if (error instanceof BundleError) return new HubError('bundle-refused', error.message);
  if (hasZodFastifySchemaValidationErrors(error)) return validationAnswer(error, request);
  const known: Record<string, [ErrorCode, string]> = {
    FST_ERR_CTP_BODY_TOO_LARGE: [
      'too-large',
      'The request body is larger than the hub accepts on this route; send it in smaller parts.',
    ],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: [
      'bad-request',
      'The request body has a content type this route does not take; send application/json.',
    ],
    FST_ERR_CTP_INVALID_JSON_BODY: ['bad-request', 'The request body is not valid JSON.'],
    FST_ERR_CTP_EMPTY_JSON_BODY: ['bad-request', 'The request body is empty; send a JSON object.'],
  };
  const match = error.code ? known[error.code] : undefined;
  if (match) return new HubError(match[0], match[1]);
  if (error instanceof SyntaxError) return new HubError('bad-request', 'The request body is not valid JSON.');
  return null;
}

export function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = toHubError(error, request);
  if (known) {
    const status = HTTP_STATUS[known.code];
    request.log.info({ code: known.code, status }, 'refused');
    return reply.code(status).send({
      error: { code: known.code, message: known.message, problems: known.problems, facts: known.facts },
    });
  }
  if (error.statusCode && error.statusCode < 500) {
    return reply.code(error.statusCode).send({
      error: {
        code: 'bad-request',
        message: 'The hub could not read this request; check its address, headers and body.',
      },
    });
  }
  request.log.error({ err: { type: error.name, code: error.code, message: error.message } }, 'failed');
  return reply.code(503).send({
    error: {
      code: 'unavailable',
      message:
        'The hub could not finish this request just now; try again shortly, and if it keeps failing, look at the hub log.',
    },
  });
}

/** The 429 answer of @fastify/rate-limit, as the same error shape. */
export const tooManyRequests = (_: FastifyRequest, context: { after: string }) =>
  new HubError('rate-limited', `Too many attempts from this address; wait ${context.after} and try again.`);
