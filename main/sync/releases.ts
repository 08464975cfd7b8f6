/**
 * A catalog release from the hub is checked with the kiosk's own catalog checks before it
 * is kept; one that fails is refused with its sentence and the kiosk keeps what it has.
 */
import { CatalogError, validateCatalog } from '../../sync/catalog-check.ts';
import type { CatalogRelease } from '../../sync/feed.ts';
import type { Db } from '../store/open-database.ts';
import { getSetting, setSetting } from '../store/settings-repo.ts';
import { statement } from '../store/statements.ts';
import { CATALOG_REFUSED_SETTING, getJson } from './sync-settings.ts';

export interface StoredRelease {
  version: string;
  /** The release's catalog as the hub sent it; checked with validateCatalog before it was kept. */
  catalog: unknown;
  receivedAt: string;
}

/**
 * The release new sessions get (current) and the one before it (previous), kept whole: a
 * citizen who began on the previous one still submits against it, and a rollback at the
 * hub finds it here.
 */
const CURRENT = 'hub/catalog';
const PREVIOUS = 'hub/catalog-previous';

export function keptReleases(db: Db): { current: StoredRelease | null; previous: StoredRelease | null } {
  return { current: getJson<StoredRelease>(db, CURRENT), previous: getJson<StoredRelease>(db, PREVIOUS) };
}

/** The new current release; the current one becomes the previous, and the one before that goes. */
function storeRelease(db: Db, release: StoredRelease): void {
  const current = getSetting(db, CURRENT);
  if (current !== undefined && (JSON.parse(current) as StoredRelease).version === release.version) return;
  if (current !== undefined) setSetting(db, PREVIOUS, current);
  setSetting(db, CURRENT, JSON.stringify(release));
}

export type ReleaseCheck = { release: StoredRelease; problem: null } | { release: null; problem: string };

export const releaseName = (version: string) => `version ${version} from the hub`;

export function checkedRelease(release: CatalogRelease, at: Date): ReleaseCheck {
  try {
    validateCatalog(release.catalog, releaseName(release.version));
    return {
      release: { version: release.version, catalog: release.catalog, receivedAt: at.toISOString() },
      problem: null,
    };
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    return { release: null, problem: `${error.message.replace(/\.$/, '')}; this kiosk keeps the catalog it has.` };
  }
}

/** In the caller's transaction: a good release becomes current, a refused one is noted for sync.status. */
export function keepRelease(db: Db, check: ReleaseCheck): void {
  if (check.release) {
    storeRelease(db, check.release);
    statement(db, 'DELETE FROM settings WHERE key = ?').run(CATALOG_REFUSED_SETTING);
  } else {
    setSetting(db, CATALOG_REFUSED_SETTING, check.problem);
  }
}
