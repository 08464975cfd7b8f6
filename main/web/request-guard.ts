import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-kiosk-token';

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

/** The token from the header, or for the event stream (EventSource sends no headers) from the query. */
export function tokenMatches(req: IncomingMessage, token: string): boolean {
  const header = req.headers[TOKEN_HEADER];
  const given =
    typeof header === 'string' ? header : new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
