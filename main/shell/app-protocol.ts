import type { Protocol } from 'electron';
import { readStatic } from '../web/static-files.ts';
import { PAGE_CSP } from '../../sync/page-policy.ts';
import { APP_SCHEME } from './security-policy.ts';

/** Must run before the app is ready: makes serambi:// a secure, standard origin. */
export function registerSchemePrivileges(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** Serves the built renderer under serambi://app/ with the same CSP as browser mode. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = await readStatic(rendererDir, pathname === '/' ? '/index.html' : pathname);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': PAGE_CSP },
    });
  });
}
