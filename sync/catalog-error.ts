/**
 * A broken catalog stops start-up, and the person who reads the message is an operator
 * editing a JSON file, not a developer reading a stack trace. So every problem becomes
 * ONE sentence that names the file, the service (by its code) and the field (by its
 * code), then says what to do.
 */
import type { z } from 'zod';

export class CatalogError extends Error {
  override name = 'CatalogError';
  /** Every problem found, first one also in `message`; logs may show them all. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems[0] ?? 'The catalog is not valid.');
    this.problems = problems;
  }
}

/** Where in the catalog a problem sits, by the codes an operator searches for. */
export type Where = {
  service?: string;
  field?: string;
  category?: string;
  counter?: string;
  announcement?: string;
  /** A complaint topic, by its path of codes. */
  complaints?: string;
};

export function sentence(file: string, where: Where, problem: string): string {
  const parts: string[] = [];
  if (where.announcement !== undefined) parts.push(`announcement ${where.announcement}`);
  if (where.category !== undefined) parts.push(`category ${where.category}`);
  if (where.counter !== undefined) parts.push(`counter ${where.counter}`);
  if (where.service !== undefined) parts.push(`service ${where.service}`);
  if (where.field !== undefined) parts.push(`field ${where.field}`);
  if (where.complaints !== undefined) parts.push(`complaint topic ${where.complaints}`);
  const place = parts.length > 0 ? `: ${parts.join(', ')}` : '';
  return `Catalog ${file}${place}: ${problem.replace(/\.$/, '')}.`;
}

type PathKey = PropertyKey;

/** `"ktp-el"` when the entry has a usable code, `number 4` (1-based) when it has not. */
function label(entry: unknown, key: string, index: number): string {
  const code = isRecord(entry) ? entry[key] : undefined;
  return typeof code === 'string' && code !== '' ? JSON.stringify(code) : `number ${index + 1}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Splits an issue path into the entry it is about and the rest, e.g. ["datatype"]. */
function locate(data: unknown, path: readonly PathKey[]): { where: Where; rest: PathKey[] } {
  const [top, i, sub, j] = path;
  // Announcements have no code: they are named by position.
  if (typeof i === 'number' && top === 'announcements') {
    return { where: { announcement: `number ${i + 1}` }, rest: path.slice(2) };
  }
  if (typeof i === 'number' && (top === 'categories' || top === 'counters')) {
    const entry = valueAt(data, [top, i]);
    const where = top === 'categories' ? { category: label(entry, 'code', i) } : { counter: label(entry, 'code', i) };
    return { where, rest: path.slice(2) };
  }
  if (top === 'services' && typeof i === 'number') {
    const service = label(valueAt(data, ['services', i]), 'service_code', i);
    if (sub === 'fields' && typeof j === 'number') {
      const field = label(valueAt(data, ['services', i, 'fields', j]), 'code', j);
      return { where: { service, field }, rest: path.slice(4) };
    }
    return { where: { service }, rest: path.slice(2) };
  }
  return { where: {}, rest: [...path] };
}

function pathText(rest: readonly PathKey[]): string {
  let out = '';
  for (const key of rest) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const LANGUAGE_NAMES: Record<string, string> = { id: 'the Indonesian text', en: 'the English text' };

const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { ... }',
  array: 'a list [ ... ]',
};

/** What a code-like value must look like, keyed by the property's name. */
function formHint(key: PathKey | undefined, zodMessage: string): string {
  if (key === 'counter') return 'use one capital letter, such as A';
  if (key === 'service_code') return 'use lower-case letters, digits and -, such as ktp-el';
  if (key === 'pictogram') return 'use lower-case letters, digits and -, the name of an SVG file without .svg';
  return zodMessage;
}

/** Turns the first words of a zod issue into plain English about the operator's file. */
function problemFor(issue: z.core.$ZodIssue, data: unknown, rest: readonly PathKey[]): string {
  const last = rest[rest.length - 1];
  const subject = rest.length > 0 ? `"${pathText(rest)}"` : 'this entry';
  const language = typeof last === 'string' ? LANGUAGE_NAMES[last] : undefined;
  const about = language ? `${subject} (${language})` : subject;
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${about} is missing; add it`;
      return `${about} is ${shown(value)} but must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${about} is ${shown(value)}; use one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `${about} is ${shown(value)}, which has the wrong form; ${formHint(last, issue.message)}`;
    case 'too_small':
      if (issue.origin === 'array') return `${about} is empty; add at least ${issue.minimum}`;
      if (issue.origin === 'string') return `${about} is empty; write it`;
      return `${about} is ${shown(value)} but must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return `${about} is too large; the most allowed is ${issue.maximum}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const host = rest.length > 0 ? ` in ${subject}` : '';
      return `${keys} ${issue.keys.length > 1 ? 'are not known settings' : 'is not a known setting'}${host}; remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    }
    default:
      return `${about}: ${issue.message}`;
  }
}

/** One sentence per zod issue, in the order zod found them. */
export function describeIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const { where, rest } = locate(data, issue.path);
    return sentence(file, where, problemFor(issue, data, rest));
  });
}
