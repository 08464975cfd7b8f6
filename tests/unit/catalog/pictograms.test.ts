/**
 * The loader cannot check pictogram files (the renderer is bundled separately), so this
 * test does: a missing or unsafe pictogram would otherwise show up as a blank tile.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';

const folder = fileURLToPath(new URL('../../../renderer/assets/pictograms/', import.meta.url));
const catalog = loadCatalog();
const names = [
  ...new Set(
    [...catalog.categories, ...catalog.services, ...(catalog.announcements ?? [])].flatMap((entry) =>
      entry.pictogram ? [entry.pictogram] : [],
    ),
  ),
].sort();

describe('pictograms of the bundled catalog', () => {
  it('every pictogram name has an SVG file', () => {
    const missing = names.filter((name) => !existsSync(`${folder}${name}.svg`));
    expect(missing).toEqual([]);
  });

  it.each(names.filter((name) => existsSync(`${folder}${name}.svg`)))(
    '%s.svg is a 64x64 icon that takes the text colour and loads nothing',
    (name) => {
      const svg = readFileSync(`${folder}${name}.svg`, 'utf8');
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
      // currentColor lets the high-contrast theme recolour the icon.
      expect(svg).toContain('currentColor');
      expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
      // Words inside an icon are not translated or read aloud; references could load from outside the kiosk.
      expect(svg).not.toMatch(/<text|<image|<script|<style|<foreignObject|href=|url\(/i);
    },
  );
});
