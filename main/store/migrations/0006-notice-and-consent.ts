import type { Migration } from './index.ts';

const noticeAndConsent: Migration = {
  name: '0006-notice-and-consent',
  up(db) {
    db.exec(`
      -- Which privacy notice the citizen was shown before giving personal data (the catalog's
      -- privacy.version); NULL for a service that asks for none, and for older requests.
      ALTER TABLE requests ADD COLUMN notice_version TEXT;
      -- The citizen's yes or no to each optional extra, e.g. {"telepon":false}: a record of
      -- consent, not personal data. NULL where nothing was asked.
      ALTER TABLE requests ADD COLUMN consents TEXT;
    `);
  },
};

export default noticeAndConsent;
