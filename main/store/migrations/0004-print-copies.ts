import type { Migration } from './index.ts';

const printCopies: Migration = {
  name: '0004-print-copies',
  up(db) {
    db.exec(`
      -- Why a job prints as a copy (SALINAN / COPY) rather than as the original: 'uncertain'
      -- when an earlier attempt may have reached the printer (a crash or a broken link
      -- after its bytes had left), 'reprint' when staff asked for it again. NULL: original.
      ALTER TABLE print_jobs ADD COLUMN copy_reason TEXT CHECK (copy_reason IN ('uncertain', 'reprint'));
    `);
  },
};

export default printCopies;
