import type { Catalog, Language, Service } from '../../preload/contract';

/** Lower case without accents, so "akte" finds "Akta" as typed on capitals-only keys. */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Services whose name, description or keywords (in the citizen's language or the other)
 * contain every word typed, best first: those whose name has them come before those that
 * only mention them.
 */
export function findServices(catalog: Catalog, query: string, language: Language): Service[] {
  const words = plain(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return [];
  const scored: Array<[Service, number]> = [];
  for (const service of catalog.services) {
    const name = plain(Object.values(service.service_name).join(' '));
    const all = `${name} ${plain(Object.values(service.description).join(' '))} ${plain(service.keywords)}`;
    if (!words.every((w) => all.includes(w))) continue;
    const inName = words.filter((w) => name.includes(w)).length;
    const inOwnName = plain(service.service_name[language]).includes(words[0]!) ? 1 : 0;
    scored.push([service, inName * 2 + inOwnName]);
  }
  return scored.sort((a, b) => b[1] - a[1]).map(([service]) => service);
}
