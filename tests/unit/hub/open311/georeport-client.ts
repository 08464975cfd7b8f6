/** GeoReport v2 as a partner's program calls it: GET with a suffix, POST form-urlencoded. */
import { expect } from 'vitest';
import { georeportSchemas, readXml, type Wire } from './georeport-schemas.ts';

const SCHEMAS = { json: georeportSchemas('json'), xml: georeportSchemas('xml') };
const CONTENT_TYPE = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

export type Shape = keyof (typeof SCHEMAS)['json'];

export interface Reply {
  status: number;
  text: string;
  data: any;
}

/** Fetches, checks the content type and the body against the spec's table for `shape`, and returns both. */
export async function georeport(
  base: string,
  wire: Wire,
  path: string,
  shape: Shape,
  init: { method?: string; form?: Record<string, string | string[]>; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const [resource, query = ''] = path.split('?');
  const url = `${base}/open311/v2/${resource}.${wire}${query ? `?${query}` : ''}`;
  let body: string | undefined;
  if (init.form) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(init.form)) for (const one of [v].flat()) params.append(k, one);
    body = params.toString();
  }
  const response = await fetch(url, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }),
      ...init.headers,
    },
    body,
  });
  const text = await response.text();
  expect(response.headers.get('content-type'), url).toBe(CONTENT_TYPE[wire]);
  const root = shape === 'created' ? 'service_requests' : shape;
  const raw = wire === 'json' ? JSON.parse(text) : readXml(text, root);
  const parsed = SCHEMAS[wire][shape].safeParse(raw);
  expect(parsed.error?.issues ?? [], `${url}: ${text.slice(0, 300)}`).toEqual([]);
  return { status: response.status, text, data: parsed.data };
}
