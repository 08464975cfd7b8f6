/**
 * USB bundles on the kiosk (sync/README.md, "USB bundles"): it writes every event the hub
 * has not acknowledged, encrypted to the hub and signed; it reads the hub's return bundle
 * and applies it as it would a network answer. A refused return bundle writes nothing.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Heartbeat } from '../../sync/heartbeat.ts';
import { sealKioskBundle } from '../../sync/kiosk-bundle.ts';
import { openReturnBundle } from '../../sync/return-bundle.ts';
import type { TrackingCodes } from '../requests/tracking-code.ts';
import type { Db } from '../store/open-database.ts';
import { getSetting, setSetting } from '../store/settings-repo.ts';
import { acknowledge, ackedSeq, eventsAfter, lastSeq } from '../store/sync-repo.ts';
import { applyFeedPage } from './apply-feed.ts';
import { SyncProblem } from './hub-client.ts';
import { loadIdentity, type SyncIdentity } from './identity.ts';
import { CURSOR_SETTING, LAST_SUCCESS_SETTING, RETURN_SEQ_SETTING } from './sync-settings.ts';

function enrolled(db: Db): SyncIdentity {
  const identity = loadIdentity(db);
  if (!identity) {
    throw new SyncProblem(
      'This kiosk is not enrolled at a hub; enrol it first with a code from the hub: npm run kiosk -- enrol CODE.',
    );
  }
  return identity;
}

export interface ExportedBundle {
  file: string;
  count: number;
  fromSeq: number;
  toSeq: number;
}

/**
 * Writes the bundle into `folder` under the name the hub suggests, whole or not at all: it
 * is written beside its final name, flushed to the drive, then renamed.
 */
export function exportBundle(db: Db, folder: string, health: Heartbeat | null, now: Date): ExportedBundle {
  const identity = enrolled(db);
  const events = eventsAfter(db, ackedSeq(db), Math.max(0, lastSeq(db) - ackedSeq(db)));
  const text = sealKioskBundle({
    kiosk: identity.prefix,
    kioskSigningKeys: identity.signing,
    hubBoxKey: identity.hub.boxKey,
    events,
    cursor: getSetting(db, CURSOR_SETTING) ?? '',
    heartbeat: health,
    now,
  });
  const toSeq = events.at(-1)?.seq ?? ackedSeq(db);
  const file = join(folder, `serambi-bundle-${identity.prefix}-${toSeq}.json`);
  const partial = `${file}.part`;
  const fd = openSync(partial, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  return { file, count: events.length, fromSeq: events[0]?.seq ?? 0, toSeq };
}

export interface ImportedBundle {
  returnSeq: number;
  ackedSeq: number;
  statuses: number;
  kioskChanged: boolean;
}

/** Checks the return bundle whole (openReturnBundle) before anything is written, then applies it in one transaction. */
export function importReturnBundle(
  db: Db,
  codesFor: (prefix: string) => TrackingCodes,
  text: string,
  now: Date,
): ImportedBundle {
  const identity = enrolled(db);
  const opened = openReturnBundle(text, {
    kiosk: identity.prefix,
    kioskBoxKeys: identity.box,
    hubSigningKey: identity.hub.signingKey,
    lastReturnSeq: Number(getSetting(db, RETURN_SEQ_SETTING) ?? 0),
  });
  return db.transaction(() => {
    acknowledge(db, opened.ackedSeq, now.toISOString());
    const applied = applyFeedPage(db, codesFor(identity.prefix), opened.feed, now);
    setSetting(db, RETURN_SEQ_SETTING, String(opened.returnSeq));
    setSetting(db, LAST_SUCCESS_SETTING, now.toISOString());
    return { returnSeq: opened.returnSeq, ackedSeq: opened.ackedSeq, ...applied };
  })();
}

/** The newest return bundle for this kiosk in a folder (the drive), by its number. */
export function newestReturnBundle(db: Db, folder: string): string {
  const { prefix } = enrolled(db);
  const pattern = new RegExp(`^serambi-return-${prefix}-(\\d+)\\.json$`);
  const found = readdirSync(folder)
    .map((name) => ({ name, number: Number(pattern.exec(name)?.[1] ?? NaN) }))
    .filter((f) => Number.isInteger(f.number) && statSync(join(folder, f.name)).isFile())
    .sort((a, b) => b.number - a.number);
  if (found.length === 0) {
    throw new SyncProblem(
      `There is no return bundle for kiosk ${prefix} in ${folder}; write one at the hub (npm run hub -- return-bundle ${prefix} FOLDER) or name the file.`,
    );
  }
  return join(folder, found[0]!.name);
}
