import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { localSettings, saveLocalSettings } from '../../../main/store/kiosk-settings-repo.ts';
import { CatalogShelf } from '../../../main/sync/catalog-shelf.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';

describe('the catalog the kiosk serves', () => {
  it('is one unchanged answer until it changes (the API checks an answer it has seen once), then the new one', () => {
    const db = openDatabase(':memory:', testCipher());
    const shelf = new CatalogShelf(db, loadCatalog(), false);
    const first = shelf.served();
    expect(shelf.served()).toBe(first);

    const item = { text: { id: 'Tutup pukul 12.00', en: 'Closes at 12:00' } };
    saveLocalSettings(db, { ...localSettings(db), announcements: { version: 1, items: [item] } });
    shelf.refresh();
    const changed = shelf.served();
    expect(changed).not.toBe(first);
    expect(changed.revision).toBeGreaterThan(first.revision!);
    expect(changed.announcements).toEqual([item]);
    expect(shelf.served()).toBe(changed);
  });
});
