/**
 * Who is calling the agency API: a session token from the `Authorization: Bearer` header
 * (programs) or the session cookie (the console in a browser), checked on every call that
 * names roles in its route settings.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findSession, IDLE_MINUTES, MAX_HOURS } from '../accounts/sessions.ts';
import type { Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import type { Store } from '../store/store.ts';
import type { HubApp } from './types.ts';

export const SESSION_COOKIE = 'serambi_hub_session';

function tokenOf(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string | null): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  const age = token ? MAX_HOURS * 3600 : 0;
  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=${token ?? ''}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${age}${secure}`,
  );
}

export const actorOf = (request: FastifyRequest): Actor =>
  request.account ? { accountId: request.account.id, username: request.account.username } : null;

export function sessionDoor(app: HubApp, store: Store): void {
  app.decorateRequest('account', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('preHandler', async (request) => {
    const roles = request.routeOptions.config.roles;
    if (!roles) return;
    const token = tokenOf(request);
    const account = token ? await findSession(store, token) : null;
    if (!account) {
      throw new HubError(
        'signed-in-required',
        `Sign in first: there is no session, or it ended after ${IDLE_MINUTES} minutes unused or ${MAX_HOURS} hours in all.`,
      );
    }
    if (roles.length > 0 && !roles.includes(account.role)) {
      throw new HubError('forbidden', `This needs an ${roles.join(' or ')} account; ask an admin.`);
    }
    request.account = account;
    request.sessionToken = token;
  });
}
