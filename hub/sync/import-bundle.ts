/**
 * A kiosk's USB bundle, imported through the same ingestion as the network. Everything is
 * checked before anything is written, and the writes share one transaction: a refused
 * bundle leaves the database as it was.
 */
import { BundleError } from '../../sync/bundle-error.ts';
import { readBundle } from '../../sync/bundle-file.ts';
import { openKioskBundle } from '../../sync/kiosk-bundle.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import type { HubKeys } from '../keys.ts';
import type { KioskRow } from '../kiosks/kiosks.ts';
import type { Store } from '../store/store.ts';
import { recordAppliedCursor } from './feed.ts';
import { recordHeartbeat } from './heartbeat.ts';
import { ingestEvents } from './ingest.ts';

export interface BundleImport {
  kiosk: string;
  fromSeq: number;
  toSeq: number;
  stored: number;
  ackedSeq: number;
}

const day = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

export async function importBundle(store: Store, keys: HubKeys, text: string, actor: Actor): Promise<BundleImport> {
  const file = readBundle(text);
  const header = file.header;
  if (header.direction !== 'kiosk-to-hub') {
    throw new BundleError('direction', 'This is a return bundle for a kiosk; import it on the kiosk, not at the hub.');
  }
  if (header.recipientKey !== keys.box.publicKey) {
    throw new BundleError(
      'foreign',
      `This bundle from kiosk ${header.kiosk} was written for another hub; import it at the hub that kiosk is enrolled at.`,
    );
  }
  const [kiosk] = await store.query<KioskRow>('SELECT * FROM kiosks WHERE prefix = $1', [header.kiosk]);
  if (!kiosk?.signing_key) {
    throw new BundleError(
      'unknown-kiosk',
      `The bundle comes from kiosk ${header.kiosk}, which is not enrolled at this hub.`,
    );
  }
  if (kiosk.revoked_at) {
    throw new BundleError('revoked', `Kiosk ${header.kiosk} is revoked at this hub; its bundles are not accepted.`);
  }
  const payload = openKioskBundle(file, keys.box, kiosk.signing_key);
  const ref = { kioskId: kiosk.kiosk_id, prefix: kiosk.prefix };
  return store.transaction(async (tx) => {
    const [first] = await tx.query<{ imported_at: Date }>(
      `INSERT INTO imported_bundles (kiosk_id, bundle_id, created_at, from_seq, to_seq, account_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING imported_at`,
      [kiosk.kiosk_id, header.bundleId, header.createdAt, header.fromSeq, header.toSeq, actor?.accountId ?? null],
    );
    if (!first) {
      const [before] = await tx.query<{ imported_at: Date }>(
        'SELECT imported_at FROM imported_bundles WHERE kiosk_id = $1 AND bundle_id = $2',
        [kiosk.kiosk_id, header.bundleId],
      );
      throw new BundleError(
        'replayed',
        `This bundle was already imported on ${day(before!.imported_at)}; nothing was added.`,
      );
    }
    const [sync] = await tx.query<{ acked_seq: number }>(
      'SELECT acked_seq FROM kiosk_sync WHERE kiosk_id = $1 FOR UPDATE',
      [kiosk.kiosk_id],
    );
    if (header.count > 0 && header.toSeq <= sync!.acked_seq) {
      throw new BundleError(
        'stale',
        `The hub already holds every event in this bundle (up to seq ${header.toSeq} of kiosk ${header.kiosk}); nothing was added.`,
      );
    }
    const result = payload.events.length
      ? await ingestEvents(tx, ref, payload.events, 'usb')
      : { ackedSeq: sync!.acked_seq, stored: 0 };
    if (payload.heartbeat) await recordHeartbeat(tx, kiosk.kiosk_id, payload.heartbeat, 'usb');
    await recordAppliedCursor(tx, kiosk.kiosk_id, payload.cursor);
    await audit(tx, actor, 'bundle.imported', kiosk.prefix, {
      bundleId: header.bundleId,
      fromSeq: header.fromSeq,
      toSeq: header.toSeq,
      stored: result.stored,
    });
    return { kiosk: kiosk.prefix, fromSeq: header.fromSeq, toSeq: header.toSeq, ...result };
  });
}
