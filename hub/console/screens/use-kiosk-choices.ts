/**
 * The kiosks to filter by, fetched once per page load and shared by the inbox and the
 * dashboard: a filter's choices need no fresh health, and opening the inbox should cost
 * one call, the list itself.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { KioskView } from '../api/hub-types';

let shared: Promise<KioskView[]> | null = null;

export function useKioskChoices(onError: (error: unknown) => void): KioskView[] {
  const [kiosks, setKiosks] = useState<KioskView[]>([]);
  useEffect(() => {
    shared ??= api<{ kiosks: KioskView[] }>('GET', '/fleet').then((f) => f.kiosks);
    shared.then(setKiosks, (error) => {
      shared = null;
      onError(error);
    });
  }, [onError]);
  return kiosks;
}

/** The kiosks as a filter's choices, by name and prefix. */
export const kioskOptions = (kiosks: KioskView[]) =>
  kiosks.map((k) => ({ value: k.prefix, label: `${k.name} (${k.prefix})`, data: true }));
