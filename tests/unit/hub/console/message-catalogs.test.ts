/**
 * The console's message catalogs: every language has every key of id-ID.json with the same
 * ICU arguments, and every message is used by some screen (a missing key fails the build's
 * type check through t.tsx; a message nobody uses is dead text to translate).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const root = fileURLToPath(new URL('../../../../hub/console/', import.meta.url));
const files = readdirSync(`${root}i18n`).filter((f) => f.endsWith('.json'));
const catalogs = Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(`${root}i18n/${f}`, 'utf8'))]));
const reference = catalogs['id-ID.json'] as Record<string, string>;

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): string[] {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
    else into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return [...into].sort();
}

function source(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) =>
      e.isDirectory() ? source(`${dir}${e.name}/`) : /\.tsx?$/.test(e.name) ? readFileSync(dir + e.name, 'utf8') : '',
    )
    .join('\n');
}

describe('console message catalogs', () => {
  it.each(files)('%s has the keys and arguments of id-ID.json', (file) => {
    const catalog = catalogs[file] as Record<string, string>;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(reference).sort());
    for (const [id, message] of Object.entries(reference)) {
      expect(argumentsOf(parse(catalog[id]!)), `${file} ${id}`).toEqual(argumentsOf(parse(message)));
    }
  });

  it('uses every message somewhere (ids built from a prefix count for the prefix)', () => {
    const code = source(root);
    const prefixes = [...code.matchAll(/`([a-z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(reference).filter(
      (id) => !code.includes(`'${id}'`) && !code.includes(`"${id}"`) && !prefixes.some((p) => id.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
