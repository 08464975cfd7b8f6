/**
 * The catalogs the kiosk serves. New sessions get the current one (the hub's latest release
 * that passed the kiosk's checks, or the bundled or KIOSK_CATALOG one); a citizen who began
 * on an earlier one keeps it and submits against it, so every version this kiosk has served
 * since it started, and the previous release kept in the database, stays at hand.
 *
 * The renderer loads the catalog when it starts. When the current one changes, its
 * revision goes up; the renderer's start screen, where no citizen is in the middle of a
 * request, sees the new revision in kiosk.info and loads it: the next idle moment.
 */
import type { Catalog, ServedCatalog } from '../../preload/contract.ts';
import { CatalogError, validateCatalog } from '../../sync/catalog-check.ts';
import type { Db } from '../store/open-database.ts';
import { keptReleases, releaseName } from './releases.ts';
import { hubAnnouncements } from './sync-settings.ts';
import { localAnnouncements } from '../store/kiosk-settings-repo.ts';

export interface VersionedCatalog {
  /** The hub's version; null for the bundled or KIOSK_CATALOG catalog. */
  version: string | null;
  catalog: Catalog;
}

export class CatalogShelf {
  private readonly kept = new Map<string | null, Catalog>();
  private current: VersionedCatalog;
  private announcementsVersion: string | null = null;
  /** Goes up whenever new sessions are to get another catalog or other announcements. */
  revision = 0;
  private servedAnswer: ServedCatalog | undefined;

  constructor(
    private readonly db: Db,
    base: Catalog,
    /** KIOSK_CATALOG was set: the operator's file wins over the hub's releases, as every KIOSK_* setting does. */
    private readonly local: boolean,
  ) {
    this.kept.set(null, base);
    this.current = { version: null, catalog: base };
    this.refresh();
  }

  /** What new sessions get: the current catalog, with the hub's or the console's announcements when there are any. */
  get catalog(): Catalog {
    return this.current.catalog;
  }

  get version(): string | null {
    return this.current.version;
  }

  /**
   * What catalog.get answers: the same object until the revision moves, because the API
   * checks a result it has seen before by identity only, and a fresh copy each time made
   * every catalog.get check the whole catalog again (0.4 ms, several ms in its tail).
   */
  served(): ServedCatalog {
    if (this.servedAnswer?.revision !== this.revision) {
      this.servedAnswer = { ...this.current.catalog, version: this.current.version, revision: this.revision };
    }
    return this.servedAnswer;
  }

  /** The catalog a submission was made against; an unknown or missing version means the current one. */
  forSubmission(version: string | null | undefined): VersionedCatalog {
    const catalog = version === undefined ? undefined : this.kept.get(version);
    return catalog ? { version: version!, catalog } : this.current;
  }

  /** Reads what the database holds now (after a feed page or an import) and says when it changed. */
  refresh(): void {
    const releases = keptReleases(this.db);
    for (const release of [releases.previous, releases.current]) {
      if (release && !this.kept.has(release.version)) this.shelve(release.version, release.catalog);
    }
    const wanted = this.local ? null : (releases.current?.version ?? null);
    const version = this.kept.has(wanted) ? wanted : null;
    // The hub's announcements win; without any, an operator's from the console.
    const hub = hubAnnouncements(this.db);
    const announcements = hub ?? localAnnouncements(this.db);
    const announcementsVersion = announcements ? `${hub ? 'hub' : 'console'} ${announcements.version}` : null;
    if (version === this.current.version && announcementsVersion === this.announcementsVersion) return;
    this.announcementsVersion = announcementsVersion;
    const catalog = this.kept.get(version)!;
    this.current = { version, catalog: announcements ? { ...catalog, announcements: announcements.items } : catalog };
    this.revision++;
  }

  /** Releases were checked when they arrived; one this version of the kiosk no longer takes is passed over. */
  private shelve(version: string, catalog: unknown): void {
    try {
      this.kept.set(version, validateCatalog(catalog, releaseName(version)));
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      console.warn(`[sync] ${error.message}`);
    }
  }
}
