import type { AnswerValue, Catalog, Category, Field, Service } from '../../preload/contract';

/** The UI asks questions in `order`; the catalog file may list them in any order. */
export function sortCatalog<C extends Catalog>(catalog: C): C {
  return {
    ...catalog,
    services: catalog.services.map((service) => ({
      ...service,
      fields: [...service.fields].sort((a, b) => a.order - b.order),
    })),
  };
}

export function findService(catalog: Catalog | null, code: string | null): Service | undefined {
  if (!catalog || code === null) return undefined;
  return catalog.services.find((s) => s.service_code === code);
}

/**
 * Personal data (UU PDP): NIK and phone numbers always, other fields when the catalog names
 * them (main checks the same rule in sync/catalog-check.ts).
 */
export function isPersonal(field: Field): boolean {
  return field.datatype === 'nik' || field.datatype === 'phone' || field.personalData !== undefined;
}

export function emptyValue(field: Field): AnswerValue {
  return field.datatype === 'multivaluelist' ? [] : '';
}

export function isEmptyValue(value: AnswerValue | undefined): boolean {
  return value === undefined || value.length === 0;
}

export type ServiceGroup = { category: Category | null; services: Service[] };

/** Services grouped in the catalog's category order; a service whose group is unknown goes last. */
export function groupServices(catalog: Catalog): ServiceGroup[] {
  const groups: ServiceGroup[] = catalog.categories.map((category) => ({
    category,
    services: catalog.services.filter((s) => s.group === category.code),
  }));
  const known = new Set(catalog.categories.map((c) => c.code));
  const rest = catalog.services.filter((s) => !known.has(s.group));
  if (rest.length > 0) groups.push({ category: null, services: rest });
  return groups.filter((g) => g.services.length > 0);
}
