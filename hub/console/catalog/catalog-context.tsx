/** The current catalog, loaded once for every screen that names services, fields or counters. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { Catalog, Language, Service } from '../api/hub-types';

interface CatalogState {
  catalog: Catalog | null;
  version: string | null;
  reload(): void;
}

const Context = createContext<CatalogState>({ catalog: null, version: null, reload: () => {} });

export function CatalogProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ catalog: Catalog | null; version: string | null }>({
    catalog: null,
    version: null,
  });
  const reload = useCallback(() => {
    api<{ version: string; catalog: Catalog }>('GET', '/catalog').then(
      (release) => setState(release),
      () => setState({ catalog: null, version: null }),
    );
  }, []);
  useEffect(reload, [reload]);
  return <Context.Provider value={{ ...state, reload }}>{children}</Context.Provider>;
}

export const useCatalog = () => useContext(Context);

/** A service's name in the language, or its code when the catalog no longer has it. */
export function serviceName(catalog: Catalog | null, code: string, language: Language): string {
  return catalog?.services.find((s) => s.service_code === code)?.service_name[language] ?? code;
}

export const findServiceIn = (catalog: Catalog | null, code: string): Service | undefined =>
  catalog?.services.find((s) => s.service_code === code);

/** The catalog's services as a filter's choices; their names are data, not the console's words. */
export const serviceOptions = (catalog: Catalog | null, language: Language) =>
  (catalog?.services ?? []).map((s) => ({ value: s.service_code, label: s.service_name[language], data: true }));
