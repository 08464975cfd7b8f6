/**
 * The kiosk's sync engine alone on an open data folder, wired as the running kiosk wires it
 * but with no print queue, scanners or web server around it: for tests and benches that
 * watch the sync itself (its batches, its event loop).
 */
import { loadCatalog } from '../../../../main/catalog/load-catalog.ts';
import { trackingCodes } from '../../../../main/open-kiosk.ts';
import type { Db } from '../../../../main/store/open-database.ts';
import { CatalogShelf } from '../../../../main/sync/catalog-shelf.ts';
import { loadIdentity } from '../../../../main/sync/identity.ts';
import { SubmissionGate } from '../../../../main/sync/submission-gate.ts';
import { SyncEngine, type SyncEngineOptions } from '../../../../main/sync/sync-engine.ts';

export function bareEngine(
  db: Db,
  dataDir: string,
  hubUrl: string,
  options: Partial<Pick<SyncEngineOptions, 'timing' | 'watch' | 'devices'>> = {},
): SyncEngine {
  const codes = trackingCodes(db, loadIdentity(db)!.prefix);
  return new SyncEngine({
    db,
    hubUrl,
    enrolment: null,
    dataDir,
    codes: () => codes,
    catalogs: new CatalogShelf(db, loadCatalog(), false),
    devices: async () => null,
    gate: new SubmissionGate(),
    onEnrolled: () => {},
    onKioskChanged: () => {},
    ...options,
  });
}
