/** Signing in and out, and changing one's own password. */
import { z } from 'zod';
import { Account, Password, changeAccount } from '../../accounts/accounts.ts';
import { signIn, signOut } from '../../accounts/sessions.ts';
import { verifyPassword } from '../../accounts/passwords.ts';
import { HubError } from '../../hub-error.ts';
import type { Store } from '../../store/store.ts';
import { byAddress, perMinute, type RateLimits } from '../rate-limits.ts';
import { actorOf, setSessionCookie } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const SessionAnswer = z.object({ token: z.string(), expiresAt: z.date(), account: Account });

export function sessionRoutes(app: HubApp, store: Store, limits: RateLimits): void {
  app.post(
    '/api/v1/session',
    {
      schema: {
        body: z.object({ username: z.string().max(40), password: z.string().max(200) }).strict(),
        response: { 200: SessionAnswer },
      },
      config: {
        rateLimit: perMinute(limits.signIn, byAddress('sign-in')),
      },
    },
    async (request, reply) => {
      const session = await store.transaction((tx) => signIn(tx, request.body.username, request.body.password));
      if (session instanceof HubError) throw session;
      setSessionCookie(request, reply, session.token);
      return session;
    },
  );

  app.get(
    '/api/v1/session',
    { schema: { response: { 200: Account } }, config: { roles: [] } },
    async (request) => request.account!,
  );

  app.delete('/api/v1/session', { config: { roles: [] } }, async (request, reply) => {
    await store.transaction((tx) => signOut(tx, request.sessionToken!, request.account!));
    setSessionCookie(request, reply, null);
    return reply.code(204).send();
  });

  app.put(
    '/api/v1/session/password',
    {
      schema: { body: z.object({ current: z.string().max(200), next: Password }).strict(), response: { 200: Account } },
      config: { roles: [] },
    },
    async (request) =>
      store.transaction(async (tx) => {
        const [row] = await tx.query<{ password_hash: string }>(
          'SELECT password_hash FROM accounts WHERE account_id = $1',
          [request.account!.id],
        );
        if (!(await verifyPassword(request.body.current, row!.password_hash))) {
          throw new HubError('forbidden', 'The current password is not right; type it again.');
        }
        return changeAccount(tx, actorOf(request), request.account!.id, { password: request.body.next });
      }),
  );
}
