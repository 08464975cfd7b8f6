import type { Migration } from './index.ts';

const printDelivery: Migration = {
  name: '0003-print-delivery',
  up(db) {
    db.exec(`
      -- When every byte of the job's current attempt had left the kiosk for the printer.
      -- After a crash it tells the two halves of 'printing' apart: before it, the printer
      -- got at most a part of the receipt without its cut, so the job prints again; after
      -- it, the operating system was already delivering the whole receipt, so it does not.
      ALTER TABLE print_jobs ADD COLUMN sent_at TEXT;
    `);
  },
};

export default printDelivery;
