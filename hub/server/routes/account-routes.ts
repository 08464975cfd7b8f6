/** Admins manage accounts: create, list, change role or name, lock with a reason, reset a password. */
import { z } from 'zod';
import {
  Account,
  Password,
  Role,
  Username,
  changeAccount,
  countAdmins,
  createAccount,
  listAccounts,
} from '../../accounts/accounts.ts';
import { HubError } from '../../hub-error.ts';
import type { Store } from '../../store/store.ts';
import { actorOf } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const admin = { roles: ['admin'] as const };

export function accountRoutes(app: HubApp, store: Store): void {
  app.get(
    '/api/v1/accounts',
    { schema: { response: { 200: z.object({ accounts: z.array(Account) }) } }, config: admin },
    async () => ({
      accounts: await listAccounts(store),
    }),
  );

  app.post(
    '/api/v1/accounts',
    {
      schema: {
        body: z
          .object({ username: Username, displayName: z.string().trim().min(1).max(80), role: Role, password: Password })
          .strict(),
        response: { 201: Account },
      },
      config: admin,
    },
    async (request, reply) =>
      reply.code(201).send(await store.transaction((tx) => createAccount(tx, actorOf(request), request.body))),
  );

  app.patch(
    '/api/v1/accounts/:id',
    {
      schema: {
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: z
          .object({
            displayName: z.string().trim().min(1).max(80).optional(),
            role: Role.optional(),
            disabledReason: z.string().trim().min(1).max(200).nullable().optional(),
            password: Password.optional(),
          })
          .strict(),
        response: { 200: Account },
      },
      config: admin,
    },
    async (request) =>
      store.transaction(async (tx) => {
        const account = await changeAccount(tx, actorOf(request), request.params.id, request.body);
        if ((await countAdmins(tx)) === 0) {
          throw new HubError('conflict', 'This would leave the hub without an active admin; make another admin first.');
        }
        return account;
      }),
  );
}
