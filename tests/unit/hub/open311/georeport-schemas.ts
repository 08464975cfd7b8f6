/**
 * The GeoReport v2 spec's field tables, written down once, and read two ways: JSON as sent,
 * and XML parsed back, where every value is text (booleans "true"/"false", numbers as
 * digits, an empty element for nothing). Required fields, types, enumerations, the
 * 4,000-character description and W3C datetimes with a zone are checked both ways.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { z } from 'zod';

export type Wire = 'json' | 'xml';

/** A W3C datetime (the spec's subset of ISO 8601) that says its zone. */
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function georeportSchemas(wire: Wire) {
  const bool = wire === 'json' ? z.boolean() : z.enum(['true', 'false']);
  const int = wire === 'json' ? z.number().int() : z.string().regex(/^-?\d+$/);
  const num = wire === 'json' ? z.number() : z.string().regex(/^-?\d+(\.\d+)?$/);
  const nullable = <T extends z.ZodType>(t: T) => t.nullable();
  const datetime = z.string().regex(W3C, 'a W3C datetime with its zone');

  const Service = z
    .object({
      service_code: z.string().min(1),
      service_name: z.string().min(1),
      description: nullable(z.string()),
      metadata: bool,
      type: z.enum(['realtime', 'batch', 'blackbox']),
      keywords: nullable(z.string()),
      group: nullable(z.string()),
    })
    .strict();
  const Attribute = z
    .object({
      variable: bool,
      code: z.string().min(1),
      datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
      required: bool,
      datatype_description: nullable(z.string()),
      order: int,
      description: z.string().min(1),
      values: nullable(z.array(z.object({ key: z.string().min(1), name: z.string().min(1) }).strict())),
    })
    .strict();
  const ServiceDefinition = z
    .object({ service_code: z.string().min(1), attributes: nullable(z.array(Attribute)) })
    .strict()
    .refine((d) => new Set((d.attributes ?? []).map((a) => a.order)).size === (d.attributes ?? []).length, {
      message: 'each attribute has its own order',
    });
  const Request = z
    .object({
      service_request_id: z.string().min(1),
      status: z.enum(['open', 'closed']),
      status_notes: nullable(z.string()),
      service_name: nullable(z.string()),
      service_code: z.string().min(1),
      description: nullable(z.string().max(4000)),
      agency_responsible: nullable(z.string()),
      service_notice: nullable(z.string()),
      requested_datetime: datetime,
      updated_datetime: nullable(datetime),
      expected_datetime: nullable(datetime),
      address: nullable(z.string()),
      address_id: nullable(z.string()),
      zipcode: nullable(z.string()),
      lat: nullable(num),
      long: nullable(num),
      media_url: nullable(z.url()),
    })
    .strict();
  const Created = z
    .object({
      service_request_id: z.string().min(1),
      service_notice: nullable(z.string()),
      account_id: nullable(z.string()),
    })
    .strict();
  const Errors = z.array(z.object({ code: int, description: z.string().min(1) }).strict()).min(1);
  const Discovery = z
    .object({
      changeset: z.string().min(1),
      contact: z.string().min(1),
      key_service: z.string().min(1),
      endpoints: z.array(
        z
          .object({
            specification: z.string().url(),
            url: z.string().url(),
            changeset: z.string().min(1),
            type: z.enum(['production', 'test']),
            formats: z.array(z.enum(['text/xml', 'application/json'])),
          })
          .strict(),
      ),
    })
    .strict();
  return {
    services: nullable(z.array(Service)),
    service_definition: ServiceDefinition,
    service_requests: nullable(z.array(Request)),
    created: z.array(Created).length(1),
    errors: Errors,
    discovery: Discovery,
  };
}

/** Lists and the name of their items, as in the spec's XML examples. */
const LISTS: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

const childElements = (el: Element): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1) as Element[];

function read(el: Element): unknown {
  const children = childElements(el);
  const item = LISTS[el.tagName];
  if (item) {
    if (children.some((c) => c.tagName !== item)) throw new Error(`<${el.tagName}> holds something not <${item}>`);
    return children.length ? children.map(read) : null;
  }
  if (children.length === 0) return el.textContent === '' ? null : el.textContent;
  const object: Record<string, unknown> = {};
  for (const child of children) {
    if (child.tagName in object) throw new Error(`<${el.tagName}> repeats <${child.tagName}>`);
    object[child.tagName] = read(child);
  }
  return object;
}

/** An XML answer as data; fails unless it declares UTF-8 and its root is `root`. */
export function readXml(text: string, root: string): unknown {
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>/.test(text)) throw new Error('no XML declaration with UTF-8');
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');
  const top = doc.documentElement!;
  if (top.tagName !== root) throw new Error(`root is <${top.tagName}>, not <${root}>`);
  return read(top as unknown as Element);
}
