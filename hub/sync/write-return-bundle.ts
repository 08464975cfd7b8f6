/**
 * The return bundle for a kiosk without a link: its acknowledged seq and the whole feed
 * from the cursor it last reported (by network or in its last bundle), numbered so the
 * kiosk refuses an old or repeated one.
 */
import { sealReturnBundle } from '../../sync/return-bundle.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import type { HubKeys } from '../keys.ts';
import { findKiosk } from '../kiosks/kiosks.ts';
import type { Store } from '../store/store.ts';
import { readFeed } from './feed.ts';

export interface ReturnBundle {
  fileName: string;
  text: string;
}

/** Far more status changes than any kiosk gathers between two visits. */
const ALL_CHANGES = 1_000_000;

export async function writeReturnBundle(
  store: Store,
  keys: HubKeys,
  prefix: string,
  actor: Actor,
): Promise<ReturnBundle> {
  return store.transaction(async (tx) => {
    const kiosk = await findKiosk(tx, prefix);
    if (!kiosk.box_key || kiosk.revoked_at) {
      throw new HubError(
        'conflict',
        `Kiosk ${prefix} is not an enrolled, active kiosk; it cannot receive a return bundle.`,
      );
    }
    const [sync] = await tx.query<{ return_seq: number; acked_seq: number; feed_cursor: string }>(
      `UPDATE kiosk_sync SET return_seq = return_seq + 1 WHERE kiosk_id = $1
       RETURNING return_seq, acked_seq, feed_cursor`,
      [kiosk.kiosk_id],
    );
    // A cursor ahead of the hub (a hub restored from a backup) starts the kiosk's feed over.
    const feed = await readFeed(tx, kiosk.kiosk_id, sync!.feed_cursor, ALL_CHANGES).catch((error: unknown) => {
      if (error instanceof HubError && error.code === 'cursor-ahead')
        return readFeed(tx, kiosk.kiosk_id, '', ALL_CHANGES);
      throw error;
    });
    const text = sealReturnBundle({
      kiosk: prefix,
      kioskBoxKey: kiosk.box_key,
      hubSigningKeys: keys.signing,
      returnSeq: sync!.return_seq,
      payload: { ackedSeq: sync!.acked_seq, feed },
    });
    await audit(tx, actor, 'bundle.returned', prefix, { returnSeq: sync!.return_seq, ackedSeq: sync!.acked_seq });
    return { fileName: `serambi-return-${prefix}-${sync!.return_seq}.json`, text };
  });
}
