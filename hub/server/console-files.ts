/**
 * The agency's web console (hub/console, built into dist/console) under /console/, with a
 * strict Content Security Policy: scripts, styles and data only from the hub itself, no
 * inline script, no framing. `/` leads to it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_CSP } from '../../sync/page-policy.ts';
import type { HubApp } from './types.ts';

export const CONSOLE_PATH = '/console/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Beside the bundle (dist/hub/hub.mjs → dist/console), or the build's output when the hub runs from source. */
function consoleFolder(): string | null {
  const candidates = [
    fileURLToPath(new URL('../console/', import.meta.url)),
    fileURLToPath(new URL('../../dist/console/', import.meta.url)),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')) && !existsSync(join(dir, 'main.tsx'))) ?? null;
}

export function consoleRoutes(app: HubApp): void {
  const root = consoleFolder();
  app.get('/', async (_request, reply) => reply.redirect(CONSOLE_PATH));
  app.get(`${CONSOLE_PATH}*`, async (request, reply) => {
    const wanted = (request.params as { '*': string })['*'] || 'index.html';
    const file = root ? normalize(join(root, wanted)) : null;
    const type = TYPES[extname(wanted)];
    let body: Buffer | null = null;
    if (file && type && file.startsWith(root!.replace(/[/\\]$/, '') + sep))
      body = await readFile(file).catch(() => null);
    if (!body) {
      return reply
        .code(404)
        .header('content-type', 'text/plain; charset=utf-8')
        .send(root ? 'Not found.' : 'The console is not built; run npm run build.');
    }
    return reply
      .header('content-type', type!)
      .header('content-security-policy', PAGE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', wanted === 'index.html' ? 'no-store' : 'public, max-age=31536000, immutable')
      .send(body);
  });
}
