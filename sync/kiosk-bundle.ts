/**
 * The bundle a kiosk writes to a USB drive for a hub it cannot reach: its outbox events
 * since the last acknowledged seq, the feed cursor it has applied and its health.
 */
import { z } from 'zod';
import { BundleError } from './bundle-error.ts';
import { openBundle, sealBundle, type BundleFile } from './bundle-file.ts';
import { SyncEvent } from './events.ts';
import { Heartbeat } from './heartbeat.ts';
import type { KeyPair } from './keys.ts';

export const KioskBundlePayload = z
  .object({ events: z.array(SyncEvent), cursor: z.string().max(200), heartbeat: Heartbeat.nullable() })
  .strict();
export type KioskBundlePayload = z.infer<typeof KioskBundlePayload>;

export interface KioskBundleInput extends KioskBundlePayload {
  kiosk: string;
  kioskSigningKeys: KeyPair;
  hubBoxKey: string;
  now?: Date;
}

export function sealKioskBundle(input: KioskBundleInput): string {
  const { events } = input;
  return sealBundle(
    {
      direction: 'kiosk-to-hub',
      kiosk: input.kiosk,
      createdAt: (input.now ?? new Date()).toISOString(),
      fromSeq: events[0]?.seq ?? 0,
      toSeq: events.at(-1)?.seq ?? 0,
      count: events.length,
    },
    { events, cursor: input.cursor, heartbeat: input.heartbeat },
    input.hubBoxKey,
    input.kioskSigningKeys,
  );
}

/**
 * The hub's side, after it has read the header, found the kiosk and checked the bundle is
 * meant for this hub: signature, decryption, and contents that agree with the header.
 */
export function openKioskBundle(file: BundleFile, hubBoxKeys: KeyPair, kioskSigningKey: string): KioskBundlePayload {
  const header = file.header;
  if (header.direction !== 'kiosk-to-hub') {
    throw new BundleError('direction', 'This is a return bundle for a kiosk; import it on the kiosk, not at the hub.');
  }
  const parsed = KioskBundlePayload.safeParse(openBundle(file, hubBoxKeys, kioskSigningKey));
  const events = parsed.data?.events ?? [];
  const ordered = events.every((e, i) => i === 0 || e.seq > events[i - 1]!.seq);
  const agrees =
    events.length === header.count &&
    (events[0]?.seq ?? 0) === header.fromSeq &&
    (events.at(-1)?.seq ?? 0) === header.toSeq;
  if (!parsed.success || !ordered || !agrees) {
    throw new BundleError(
      'damaged',
      `The bundle from kiosk ${header.kiosk} holds events the hub cannot read; update the kiosk's software and write it again.`,
    );
  }
  return parsed.data;
}
