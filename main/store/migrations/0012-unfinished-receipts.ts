import type { Migration } from './index.ts';

/**
 * The print queue finds unfinished receipts through an index of only those, instead of
 * reading forward from a mark ('print/from'): a reprint of an old receipt moved the mark
 * back to it, and until it printed every step of the queue read all the requests after
 * it, hundreds of milliseconds on a kiosk with a million. The index holds a handful of
 * entries, so a submission pays one small index write for it.
 */
const unfinishedReceipts: Migration = {
  name: '0012-unfinished-receipts',
  up(db) {
    db.exec(`
      CREATE INDEX requests_print_unfinished ON requests (id) WHERE print_status IN ('queued', 'printing');
      DELETE FROM counters WHERE name = 'print/from';
    `);
  },
};

export default unfinishedReceipts;
