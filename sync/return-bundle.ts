/**
 * The bundle a hub writes for a kiosk that has no link: what the network would have
 * answered (acknowledged seq and the complete feed from the kiosk's cursor), encrypted to
 * the kiosk and signed by the hub. Return bundles are numbered per kiosk, so the kiosk
 * refuses one it has imported before or one older than it.
 */
import { z } from 'zod';
import { BundleError } from './bundle-error.ts';
import { openBundle, readBundle, sealBundle } from './bundle-file.ts';
import { FeedPage } from './feed.ts';
import type { KeyPair } from './keys.ts';

export const ReturnBundlePayload = z.object({ ackedSeq: z.number().int().nonnegative(), feed: FeedPage }).strict();
export type ReturnBundlePayload = z.infer<typeof ReturnBundlePayload>;

export interface ReturnBundleInput {
  kiosk: string;
  kioskBoxKey: string;
  hubSigningKeys: KeyPair;
  returnSeq: number;
  payload: ReturnBundlePayload;
  now?: Date;
}

export function sealReturnBundle(input: ReturnBundleInput): string {
  return sealBundle(
    {
      direction: 'hub-to-kiosk',
      kiosk: input.kiosk,
      createdAt: (input.now ?? new Date()).toISOString(),
      returnSeq: input.returnSeq,
    },
    input.payload,
    input.kioskBoxKey,
    input.hubSigningKeys,
  );
}

export interface ReturnBundleCheck {
  /** This kiosk's prefix. */
  kiosk: string;
  kioskBoxKeys: KeyPair;
  /** The hub signing key pinned at enrolment. */
  hubSigningKey: string;
  /** The returnSeq of the last return bundle this kiosk imported, 0 for none. */
  lastReturnSeq: number;
}

export interface OpenedReturnBundle extends ReturnBundlePayload {
  returnSeq: number;
}

/** The kiosk's side: every check, in the order that gives the most useful sentence. */
export function openReturnBundle(text: string, check: ReturnBundleCheck): OpenedReturnBundle {
  const file = readBundle(text);
  const header = file.header;
  if (header.direction !== 'hub-to-kiosk') {
    throw new BundleError('direction', 'This bundle was written by a kiosk; import it at the hub, not on a kiosk.');
  }
  if (header.kiosk !== check.kiosk || header.recipientKey !== check.kioskBoxKeys.publicKey) {
    throw new BundleError(
      'foreign',
      `This return bundle is for kiosk ${header.kiosk}, not this kiosk (${check.kiosk}); take it to that kiosk.`,
    );
  }
  const payload = ReturnBundlePayload.safeParse(openBundle(file, check.kioskBoxKeys, check.hubSigningKey));
  if (!payload.success) {
    throw new BundleError('damaged', 'The return bundle holds data this kiosk cannot read; update the kiosk software.');
  }
  if (header.returnSeq === check.lastReturnSeq) {
    throw new BundleError('replayed', 'This return bundle was already imported; nothing was changed.');
  }
  if (header.returnSeq < check.lastReturnSeq) {
    throw new BundleError(
      'stale',
      `This return bundle (number ${header.returnSeq}) is older than the last one imported (number ${check.lastReturnSeq}); nothing was changed. Ask the hub for a new one.`,
    );
  }
  return { ...payload.data, returnSeq: header.returnSeq };
}
