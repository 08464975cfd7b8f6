import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../../preload/contract.ts';
import { openDatabase } from '../../../main/store/open-database.ts';
import { insertSurvey } from '../../../main/store/surveys-repo.ts';
import { acknowledge, eventsAfter, lastSeq } from '../../../main/store/sync-repo.ts';
import { purgeExpired } from '../../../main/privacy/purge.ts';
import { SKM_ELEMENTS } from '../../../sync/skm-elements.ts';
import { miniCatalog } from '../../fixtures/mini-catalog.ts';
import { testCipher } from '../../fixtures/test-cipher.ts';
import { tempDir } from '../../fixtures/temp-dir.ts';

const DAY = 86_400_000;
const NOW = new Date('2026-11-29T03:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

// Suggestions are kept as long as the complaints desk keeps complaints: 3 days here.
const catalog: Catalog = {
  ...miniCatalog,
  complaints: {
    topics: [{ code: 'umum', name: { id: 'Umum', en: 'General' } }],
    maxLength: 1000,
    retention: { daysAfterSync: 3, unsyncedAlertDays: 30 },
  },
};

const answer = (suggestion: string, at: string) => ({
  answeredAt: at,
  answeredOn: at.slice(0, 10),
  aboutCode: null,
  serviceCode: 'satu',
  language: 'id' as const,
  scores: Object.fromEntries(SKM_ELEMENTS.map((code) => [code, 3])) as never,
  profile: { sex: null, ageBand: null, education: null, occupation: null },
  suggestion,
});

const suggestionsSent = (db: ReturnType<typeof openDatabase>) =>
  eventsAfter(db, 0, 100).map((e) => (e.data as { suggestion: string | null }).suggestion);

describe('the retention purge of survey suggestions', () => {
  it('empties a suggestion the hub holds once the desk’s retention has run, so its words are gone from the file', () => {
    const file = join(tempDir('purge-outbox'), 'serambi.sqlite');
    const db = openDatabase(file, testCipher());
    insertSurvey(db, answer('LOKET DUA SELALU TUTUP SIANG', daysAgo(10)));
    insertSurvey(db, answer('ANTREAN RAPI, TERIMA KASIH', daysAgo(2)));
    // Sent and confirmed: the first four days ago, the second one day ago.
    acknowledge(db, 1, daysAgo(4));
    acknowledge(db, lastSeq(db), daysAgo(1));
    insertSurvey(db, answer('KURSI TUNGGU KURANG', daysAgo(0)));
    const sealed = (seq: number) =>
      Buffer.from(db.prepare('SELECT sealed FROM outbox WHERE id = ?').pluck().get(seq) as Uint8Array);
    const gone = sealed(1);

    expect(purgeExpired(db, catalog, NOW).purged).toBe(1);
    // The hub still gets every survey's scores; only the first's words are gone.
    expect(suggestionsSent(db)).toEqual([null, 'ANTREAN RAPI, TERIMA KASIH', 'KURSI TUNGGU KURANG']);
    for (const part of [file, `${file}-wal`]) {
      expect(readFileSync(part).includes(gone.subarray(1, 33)), part).toBe(false);
    }
    // The search finds sealed bytes that are there: the second suggestion's.
    expect(readFileSync(file).includes(sealed(2).subarray(1, 33))).toBe(true);

    // Two days later the second has run out too; the unsent third stays whatever its age.
    expect(purgeExpired(db, catalog, new Date(NOW.getTime() + 2 * DAY)).purged).toBe(1);
    expect(purgeExpired(db, catalog, new Date(NOW.getTime() + 400 * DAY)).purged).toBe(0);
    expect(suggestionsSent(db)).toEqual([null, null, 'KURSI TUNGGU KURANG']);
    expect(db.prepare(`SELECT last FROM counters WHERE name = 'purge/outbox-from'`).pluck().get()).toBe(3);
    db.close();
  });
});
