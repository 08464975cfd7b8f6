/**
 * Catalog versions: every published catalog is kept; one of them is current, and that one
 * goes to every kiosk. Rolling back makes an older version current again.
 */
import { validateCatalog, CatalogError } from '../../sync/catalog-check.ts';
import type { Announcement, Catalog } from '../../sync/catalog-schema.ts';
import type { CatalogRelease } from '../../sync/feed.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';

export interface CatalogVersion {
  version: number;
  note: string;
  publishedAt: Date;
  publishedBy: string | null;
  current: boolean;
}

export async function currentCatalog(q: Queryable): Promise<CatalogRelease | null> {
  const [row] = await q.query<{ version: number; catalog: unknown }>(
    'SELECT v.version, v.catalog FROM catalog_current c JOIN catalog_versions v USING (version)',
  );
  return row ? { version: String(row.version), catalog: row.catalog } : null;
}

export async function catalogVersion(q: Queryable, version: number): Promise<CatalogRelease> {
  const [row] = await q.query<{ catalog: unknown }>('SELECT catalog FROM catalog_versions WHERE version = $1', [
    version,
  ]);
  if (!row) throw new HubError('not-found', `There is no catalog version ${version}.`);
  return { version: String(version), catalog: row.catalog };
}

export async function listCatalogVersions(q: Queryable): Promise<CatalogVersion[]> {
  const rows = await q.query<{
    version: number;
    note: string;
    published_at: Date;
    username: string | null;
    current: boolean;
  }>(
    `SELECT v.version, v.note, v.published_at, a.username, (c.version IS NOT NULL) AS current
     FROM catalog_versions v LEFT JOIN accounts a ON a.account_id = v.published_by
     LEFT JOIN catalog_current c ON c.version = v.version
     ORDER BY v.version DESC`,
  );
  return rows.map((r) => ({
    version: r.version,
    note: r.note,
    publishedAt: r.published_at,
    publishedBy: r.username,
    current: r.current,
  }));
}

async function makeCurrent(q: Queryable, version: number): Promise<void> {
  await q.query(
    `INSERT INTO catalog_current (version) VALUES ($1)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, changed_at = now()`,
    [version],
  );
}

/** The kiosk's own checks; every problem is listed in the refusal. */
export function checkCatalog(data: unknown): Catalog {
  try {
    return validateCatalog(data, 'being published');
  } catch (error) {
    if (error instanceof CatalogError) throw new HubError('catalog-invalid', error.message, error.problems);
    throw error;
  }
}

/** Checks the catalog with the kiosk's own checks, keeps it as a new version and makes it current. */
export async function publishCatalog(q: Queryable, actor: Actor, data: unknown, note: string): Promise<number> {
  const catalog = checkCatalog(data);
  const [row] = await q.query<{ version: number }>(
    'INSERT INTO catalog_versions (catalog, note, published_by) VALUES ($1, $2, $3) RETURNING version',
    [JSON.stringify(catalog), note, actor?.accountId ?? null],
  );
  await makeCurrent(q, row!.version);
  await audit(q, actor, 'catalog.published', `catalog ${row!.version}`, { note });
  return row!.version;
}

export async function rollBackCatalog(q: Queryable, actor: Actor, version: number): Promise<void> {
  await catalogVersion(q, version);
  await makeCurrent(q, version);
  await audit(q, actor, 'catalog.made-current', `catalog ${version}`);
}

export async function currentAnnouncements(q: Queryable): Promise<{ version: number; items: Announcement[] }> {
  const [row] = await q.query<{ version: number; items: Announcement[] }>('SELECT version, items FROM announcements');
  return row ?? { version: 0, items: [] };
}

export async function setAnnouncements(q: Queryable, actor: Actor, items: Announcement[]): Promise<number> {
  const [row] = await q.query<{ version: number }>(
    `INSERT INTO announcements (version, items) VALUES (1, $1)
     ON CONFLICT (id) DO UPDATE SET version = announcements.version + 1, items = excluded.items, changed_at = now()
     RETURNING version`,
    [JSON.stringify(items)],
  );
  await audit(q, actor, 'announcements.changed', `announcements ${row!.version}`, { count: items.length });
  return row!.version;
}
