/**
 * Checks a catalog against its schema and then against the cross-references the schema
 * cannot see (codes used twice, unknown counters and categories, ranges on the wrong
 * kind of field). Kiosk and hub both run it, so whatever the hub publishes, a kiosk loads.
 */
import { Catalog, type ComplaintTopic, type Field, type Service } from './catalog-schema.ts';
import { CatalogError, describeIssues, sentence, type Where } from './catalog-error.ts';

export { CatalogError } from './catalog-error.ts';

/** Open311 caps a request's text at 4000 characters, and so does the answer schema. */
const MAX_TEXT_LENGTH = 4000;
/** The attract screen shows each announcement for ten seconds, in large type, in every language. */
const MAX_ANNOUNCEMENT_LENGTH = 120;
const LIST_KINDS = new Set<Field['datatype']>(['singlevaluelist', 'multivaluelist']);
const TEXT_KINDS = new Set<Field['datatype']>(['string', 'text']);

/** Validates already-parsed data; `name` is how messages refer to its source. */
export function validateCatalog(data: unknown, name: string): Catalog {
  const parsed = Catalog.safeParse(data);
  if (!parsed.success) throw new CatalogError(describeIssues(name, data, parsed.error.issues));
  const problems = crossReferenceProblems(parsed.data).map(([where, problem]) => sentence(name, where, problem));
  if (problems.length > 0) throw new CatalogError(problems);
  return parsed.data;
}

export function findService(catalog: Catalog, code: string): Service | undefined {
  return catalog.services.find((service) => service.service_code === code);
}

type Problem = [Where, string];
const q = JSON.stringify;

function crossReferenceProblems(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  for (const [i, announcement] of (catalog.announcements ?? []).entries()) {
    for (const [language, text] of Object.entries(announcement.text)) {
      if (text.length > MAX_ANNOUNCEMENT_LENGTH) {
        problems.push([
          { announcement: `number ${i + 1}` },
          `"text.${language}" has ${text.length} characters, more than the ${MAX_ANNOUNCEMENT_LENGTH} that can be read while it shows; shorten it`,
        ]);
      }
    }
  }
  for (const code of duplicates(catalog.categories.map((c) => c.code))) {
    problems.push([{ category: q(code) }, 'the category code is used twice; give each category its own code']);
  }
  for (const code of duplicates(catalog.counters.map((c) => c.code))) {
    problems.push([{ counter: q(code) }, 'the counter code is used twice; give each counter its own letter']);
  }
  for (const code of duplicates(catalog.services.map((s) => s.service_code))) {
    problems.push([{ service: q(code) }, 'the service code is used twice; give each service its own code']);
  }
  const personal = catalog.services.find((service) => service.fields.some(isPersonal));
  if (personal && !catalog.privacy) {
    problems.push([
      { service: q(personal.service_code) },
      'the service asks for personal data, so the catalog needs a "privacy" notice (version, purpose, recipients, rights, contact); add one',
    ]);
  }
  problems.push(...complaintProblems(catalog));
  const groups = catalog.categories.map((c) => c.code);
  const counters = catalog.counters.map((c) => c.code);
  for (const service of catalog.services) {
    const where = { service: q(service.service_code) };
    if (!groups.includes(service.group)) {
      problems.push([where, `"group" ${q(service.group)} is not a category code; use one of ${groups.join(', ')}`]);
    }
    if (!counters.includes(service.counter)) {
      problems.push([
        where,
        `"counter" ${q(service.counter)} is not a counter code; use one of ${counters.join(', ')}`,
      ]);
    }
    problems.push(...fieldProblems(service));
  }
  return problems;
}

function fieldProblems(service: Service): Problem[] {
  const problems: Problem[] = [];
  const seenCodes = new Set<string>();
  const orderOwners = new Map<number, string>();
  for (const field of service.fields) {
    const where = { service: q(service.service_code), field: q(field.code) };
    const add = (problem: string) => problems.push([where, problem]);
    if (seenCodes.has(field.code)) add('the field code is used twice in this service; give each field its own code');
    const owner = orderOwners.get(field.order);
    if (owner !== undefined) {
      add(`"order" ${field.order} is used twice, also by field ${q(owner)}; give each field its own order`);
    }
    seenCodes.add(field.code);
    if (owner === undefined) orderOwners.set(field.order, field.code);

    const isList = LIST_KINDS.has(field.datatype);
    if (isList && (field.values === undefined || field.values.length === 0)) {
      add(`a ${field.datatype} field needs "values" with at least one choice; add them`);
    } else if (!isList && field.values !== undefined) {
      add('"values" is only for singlevaluelist and multivaluelist fields; remove it or change "datatype"');
    }
    for (const key of duplicates((field.values ?? []).map((v) => v.key))) {
      add(`the value key ${q(key)} is used twice; give each choice its own key`);
    }

    const hasRange = field.min !== undefined || field.max !== undefined;
    if (hasRange && field.datatype !== 'number') {
      add('"min" and "max" only apply to number fields; remove them or change "datatype" to number');
    } else if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      add(`"min" ${field.min} is larger than "max" ${field.max}; swap them`);
    }
    if (field.decimals !== undefined && field.datatype !== 'number') {
      add('"decimals" only applies to number fields; remove it or change "datatype" to number');
    }
    if (field.consent !== undefined && field.required) {
      add('a field asked only after a yes to "consent" cannot be "required"; set "required" to false');
    }
    if (field.maxLength !== undefined && !TEXT_KINDS.has(field.datatype)) {
      add('"maxLength" only applies to string and text fields; remove it');
    } else if (field.maxLength !== undefined && field.maxLength > MAX_TEXT_LENGTH) {
      add(
        `"maxLength" ${field.maxLength} is more than the ${MAX_TEXT_LENGTH} characters a request can hold; use ${MAX_TEXT_LENGTH} or less`,
      );
    }
  }
  return problems;
}

/** Topic depth a citizen can walk on the kiosk, and the kiosk's event carries. */
const MAX_TOPIC_DEPTH = 4;

/** Topic codes are unique within their parent (a topic is its path), and the tree is not deeper than the kiosk shows. */
function complaintProblems(catalog: Catalog): Problem[] {
  const desk = catalog.complaints;
  if (!desk) return [];
  const problems: Problem[] = [];
  if (!catalog.privacy) {
    problems.push([
      { complaints: '"topics"' },
      'a named complaint asks for personal data, so the catalog needs a "privacy" notice (version, purpose, recipients, rights, contact); add one',
    ]);
  }
  const walk = (topics: ComplaintTopic[], path: string[]) => {
    for (const code of duplicates(topics.map((t) => t.code))) {
      problems.push([
        { complaints: q([...path, code].join('/')) },
        'the topic code is used twice under the same topic; give each its own code',
      ]);
    }
    for (const topic of topics) {
      const here = [...path, topic.code];
      if (topic.topics && here.length >= MAX_TOPIC_DEPTH) {
        problems.push([
          { complaints: q(here.join('/')) },
          `topics may be at most ${MAX_TOPIC_DEPTH} levels deep; move the narrower topics up`,
        ]);
      } else if (topic.topics) walk(topic.topics, here);
    }
  };
  walk(desk.topics, []);
  return problems;
}

/** Personal data (UU PDP): NIK and phone numbers always, other fields when they say so. */
export function isPersonal(field: Field): boolean {
  return field.datatype === 'nik' || field.datatype === 'phone' || field.personalData !== undefined;
}

/** Each value that appears more than once, reported once. */
function duplicates<T>(items: readonly T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const item of items) (seen.has(item) ? twice : seen).add(item);
  return [...twice];
}
