/** Migration 0008 from a version-7 file: requests keep everything and have no hub status until the hub gives one. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/open-database.ts';
import { hubStatusOf } from '../../../main/store/hub-status-repo.ts';
import { ackedSeq, backlog, eventsAfter } from '../../../main/store/sync-repo.ts';
import { databaseAtVersion } from '../../fixtures/old-database.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';

describe('migration 0008-hub-status', () => {
  it('adds the hub columns to requests a version-7 kiosk kept, which then sync from the start', () => {
    const file = databaseAtVersion(
      7,
      `INSERT OR REPLACE INTO counters (name, last) VALUES ('sync/seq', 2);
       INSERT INTO outbox (id, kind, payload, created_at)
         VALUES (1, 'help.called', '{"requestedAt":"2026-11-27T02:00:00Z","screen":"attract","serviceCode":null}', '2026-11-27T02:00:00Z'),
                (2, 'help.called', '{"requestedAt":"2026-11-27T02:05:00Z","screen":"services","serviceCode":null}', '2026-11-27T02:05:00Z');`,
    );
    const db = openDatabase(file, testCipher());
    const columns = (db.pragma('table_info(requests)') as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toEqual(
      expect.arrayContaining(['hub_status', 'hub_status_at', 'hub_position', 'hub_note', 'catalog_version']),
    );
    expect(hubStatusOf(db, 1)).toBeNull();
    expect(ackedSeq(db)).toBe(0);
    expect(backlog(db)).toBe(2);
    expect(eventsAfter(db, 0, 10).map((e) => e.seq)).toEqual([1, 2]);
    db.close();
  });
});
