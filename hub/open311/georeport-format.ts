/**
 * One data structure, two formats (GeoReport v2 "Format Support"): XML with the declaration
 * and UTF-8, and JSON by the Spark convention, where a list element becomes an array of its
 * items and an empty element null. Lists are named in the plural and hold items named by
 * ITEM_OF, as the spec's examples do (`<services><service>`, `<service_requests><request>`).
 */
export type Value = string | number | boolean | null | Value[] | { [name: string]: Value };

const ITEM_OF: Record<string, string> = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

export type Format = 'xml' | 'json';
export const CONTENT_TYPES: Record<Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function element(name: string, value: Value, indent: string): string {
  if (value === null || value === '') return `${indent}<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_OF[name];
    if (!item) throw new Error(`No item name for the list ${name}`);
    if (value.length === 0) return `${indent}<${name}/>`;
    return `${indent}<${name}>\n${value.map((v) => element(item, v, `${indent}  `)).join('\n')}\n${indent}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value).map(([k, v]) => element(k, v, `${indent}  `));
    return `${indent}<${name}>\n${children.join('\n')}\n${indent}</${name}>`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
}

/** `root` names the document's element: a list name (services) or one object (service_definition). */
export function render(format: Format, root: string, value: Value): string {
  if (format === 'json') return JSON.stringify(value);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value, '')}\n`;
}
