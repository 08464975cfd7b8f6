/**
 * The kiosk ships only the Latin subset of its typeface (renderer/fonts.css). A character
 * outside it is drawn in whatever the PC has, after a slow system lookup: every character
 * of the message catalogs, the bundled service catalog and the style sheet's own text must
 * be one the subset covers. The subset's coverage is read from the font package itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The unicode-range the package declares for a subset's face, as [first, last] pairs. */
function coverage(stylesheet: string, face: string): [number, number][] {
  const css = readFileSync(require.resolve(stylesheet), 'utf8');
  const block = css.split('@font-face').find((part) => part.includes(`files/${face}.woff2`));
  const range = block?.match(/unicode-range:\s*([^;]+);/)?.[1];
  if (!range) throw new Error(`${stylesheet} declares no unicode-range for ${face}`);
  return range.split(',').map((part) => {
    const [first, last = first] = part.trim().slice(2).split('-');
    return [parseInt(first!, 16), parseInt(last!, 16)];
  });
}

const SANS = coverage('@fontsource/noto-sans/400.css', 'noto-sans-latin-400-normal');
const covered = (char: string) =>
  SANS.some(([first, last]) => char.codePointAt(0)! >= first && char.codePointAt(0)! <= last);

/** Characters of a text the font lacks, each with where it was found. */
function uncovered(text: string, where: string): string[] {
  return [...new Set(text)]
    .filter((char) => !covered(char))
    .map((char) => `${where}: "${char}" U+${char.codePointAt(0)!.toString(16).toUpperCase()}`);
}

const i18n = here('../../../../renderer/i18n/');
const quoted = (css: string) => [...css.matchAll(/content:\s*'([^']*)'/g)].map((m) => m[1]).join('');

describe('the bundled typeface covers every character the kiosk writes', () => {
  it('reads a real coverage from the font package (basic Latin and Indonesian letters in, a tick out)', () => {
    expect(covered('A')).toBe(true);
    expect(covered('é')).toBe(true);
    expect(covered('…')).toBe(true);
    expect(covered('✓')).toBe(false);
  });

  it.each(readdirSync(i18n).filter((name) => name.endsWith('.json')))('message catalog %s', (name) => {
    expect(uncovered(readFileSync(i18n + name, 'utf8'), name)).toEqual([]);
  });

  it('the bundled service catalog', () => {
    const file = here('../../../../main/catalog/bundled/catalog.json');
    expect(uncovered(readFileSync(file, 'utf8'), 'catalog.json')).toEqual([]);
  });

  it("the style sheet's generated text", () => {
    const css = readFileSync(here('../../../../renderer/styles.css'), 'utf8');
    expect(uncovered(quoted(css), 'styles.css')).toEqual([]);
  });
});
