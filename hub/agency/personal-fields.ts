/** Which of a request's answers are personal data, by the catalog the request was filed under. */
import { isPersonal } from '../../sync/catalog-check.ts';
import type { Catalog } from '../../sync/catalog-schema.ts';
import type { Queryable } from '../store/store.ts';
import type { SummaryRow } from './request-list.ts';

/**
 * The answered fields to hide from someone who may not see personal data. The catalog is the
 * version the kiosk named when the hub holds it, else the current one; a field or service
 * that catalog does not know is hidden too, since nobody can say it is harmless.
 */
export async function personalFieldsOf(q: Queryable, request: SummaryRow, answered: string[]): Promise<string[]> {
  const version = /^\d{1,9}$/.test(request.catalog_version ?? '') ? Number(request.catalog_version) : null;
  const [row] = await q.query<{ catalog: Catalog }>(
    `SELECT catalog FROM catalog_versions
     WHERE version = coalesce((SELECT version FROM catalog_versions WHERE version = $1),
                              (SELECT version FROM catalog_current))`,
    [version],
  );
  const service = row?.catalog.services.find((s) => s.service_code === request.service_code);
  return answered.filter((code) => {
    const field = service?.fields.find((f) => f.code === code);
    return !field || isPersonal(field);
  });
}
