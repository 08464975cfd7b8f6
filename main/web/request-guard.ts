import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-kiosk-token';
export const OPERATOR_HEADER = 'x-kiosk-operator-key';

/**
 * Browser mode serves the kiosk API on loopback. A web page in any other tab could still
 * send requests there, and DNS rebinding can give such a page a Host of its own choosing;
 * so Host and Origin must name this server, and API calls must carry the per-launch token
 * that only the page this server rendered knows.
 */
export function hostIsOwn(req: IncomingMessage, port: number): boolean {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || own.some((h) => origin === `http://${h}`);
}

/**
 * What makes a request line or its headers ambiguous, or null. A proxy-style absolute URL
 * (`GET http://evil.example/`) and a second Host header let two readers of one request
 * disagree on where it goes; Node keeps only the first Host, so the raw headers are counted.
 */
export function malformedRequest(req: IncomingMessage): string | null {
  if (!req.url?.startsWith('/')) return 'The request line must carry a path, not a full address.';
  let hosts = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') hosts++;
  return hosts > 1 ? 'A request may carry only one Host header.' : null;
}

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The launch token from its header. Only the event stream may carry it in the query,
 * because EventSource cannot send headers; anywhere else a URL ends up in logs and history.
 */
export function tokenMatches(req: IncomingMessage, token: string, where: 'header' | 'headerOrQuery'): boolean {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string') return sameSecret(header, token);
  if (where === 'header') return false;
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  return query !== null && sameSecret(query, token);
}

/** The operator key from its header; with no key configured, operator methods are closed. */
export function operatorKeyMatches(req: IncomingMessage, key: string | undefined): boolean {
  const header = req.headers[OPERATOR_HEADER];
  return key !== undefined && typeof header === 'string' && sameSecret(header, key);
}
