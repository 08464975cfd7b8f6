import type { SyncStatus } from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import { backlog } from '../store/sync-repo.ts';
import type { CatalogShelf } from './catalog-shelf.ts';

/** What the API sees of sync: the engine (sync-engine.ts), or syncOff on a kiosk with no hub. */
export interface SyncControl {
  status(): SyncStatus;
  /** Starts a round at once, unless one is running. */
  syncNow(): void;
  /** Runs a round now and resolves when it has ended (tests, and tools that wait for the result). */
  runRound(): Promise<void>;
}

/** A kiosk with no hub set up works as it always did; sync.status says sync is off. */
export function syncOff(db: Db, catalogs: CatalogShelf): SyncControl {
  return {
    status: () => ({
      state: 'off',
      hubUrl: null,
      kioskPrefix: null,
      lastSuccessAt: null,
      lastAttemptAt: null,
      nextAttemptAt: null,
      backlog: backlog(db),
      progress: null,
      lastError: null,
      catalogVersion: catalogs.version,
      catalogRefused: null,
    }),
    syncNow: () => {},
    runRound: async () => {},
  };
}
