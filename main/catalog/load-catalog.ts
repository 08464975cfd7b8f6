/**
 * Loads the service catalog: the bundled one by default, or an operator's file
 * (KIOSK_CATALOG). Whatever the source, it is checked against the contract's schema
 * and then against the cross-references the schema cannot see, so a broken catalog
 * stops start-up with one sentence instead of failing in front of a citizen.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog } from '../../preload/contract.ts';
import { CatalogError, validateCatalog } from '../../sync/catalog-check.ts';
// Imported rather than read from disk so esbuild inlines it: the same code then works
// from source, from dist/main/*.cjs and *.mjs, and inside an asar archive.
import bundled from './bundled/catalog.json' with { type: 'json' };

export { CatalogError, findService, validateCatalog } from '../../sync/catalog-check.ts';

/** How messages name the bundled catalog, which has no path once bundled. */
export const BUNDLED_CATALOG_NAME = 'main/catalog/bundled/catalog.json';

export function loadCatalog(filePath?: string): Catalog {
  if (filePath === undefined) return validateCatalog(bundled, BUNDLED_CATALOG_NAME);
  const file = resolve(filePath);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw new CatalogError([`Catalog ${file} cannot be read: ${why}; check the path.`]);
  }
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CatalogError([`Catalog ${file} is not valid JSON: ${(error as Error).message.replace(/\.$/, '')}.`]);
  }
  return validateCatalog(data, file);
}
