/** What the hub's hooks attach to a request, and the route settings they read. */
import type {
  FastifyInstance,
  FastifyBaseLogger,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Account } from '../accounts/accounts.ts';
import type { Role } from '../accounts/accounts.ts';

export interface Answering {
  /** The kiosk field and nonce the hub's signature on the answer names. */
  kiosk: string;
  nonce: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    kioskCall: import('../sync/signed-call.ts').KioskCall | null;
    answering: Answering | null;
    rawBody: Buffer | null;
    account: Account | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** A kiosk call that must carry a valid signature. */
    signed?: boolean;
    /** A batch of events: validation errors name the event. */
    batch?: boolean;
    /** Who may call: any signed-in account when empty. */
    roles?: readonly Role[];
  }
}

export type HubApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
