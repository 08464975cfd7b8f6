import type { Migration } from './index.ts';

/**
 * Request numbers come from a counter, as queue numbers and event numbers do, instead of
 * max(id) + 1: a Send then takes all three in one statement (see takeSubmissionNumbers),
 * and a number is never handed out twice even if rows were ever removed. The counter
 * starts where the requests already stored end.
 */
const requestNumbers: Migration = {
  name: '0011-request-numbers',
  up(db) {
    db.exec(`
      INSERT INTO counters (name, last)
        SELECT 'requests/number', max(id) FROM requests HAVING max(id) IS NOT NULL;
    `);
  },
};

export default requestNumbers;
