import type Database from 'better-sqlite3';
import initial from './0001-initial.ts';
import helpRequests from './0002-help-requests.ts';
import printDelivery from './0003-print-delivery.ts';
import printCopies from './0004-print-copies.ts';
import sealedRequests from './0005-sealed-requests.ts';
import noticeAndConsent from './0006-notice-and-consent.ts';
import retention from './0007-retention.ts';
import hubStatus from './0008-hub-status.ts';
import citizenVoice from './0009-citizen-voice.ts';
import staffAndAudit from './0010-staff-and-audit.ts';
import requestNumbers from './0011-request-numbers.ts';
import unfinishedReceipts from './0012-unfinished-receipts.ts';
import type { DataCipher } from '../../secrets/data-cipher.ts';

/** What a migration may need besides the database: the cipher, for steps that seal data. */
export interface MigrationContext {
  cipher: DataCipher;
}

export interface Migration {
  readonly name: string;
  /**
   * Drops and recreates a table others refer to: run with foreign keys off (SQLite's
   * procedure for such changes) and checked with foreign_key_check before it commits.
   */
  readonly rebuildsTables?: boolean;
  up(db: Database.Database, context: MigrationContext): void;
}

/** In order: migration N takes the file from user_version N to N+1. */
export const migrations: readonly Migration[] = [
  initial,
  helpRequests,
  printDelivery,
  printCopies,
  sealedRequests,
  noticeAndConsent,
  retention,
  hubStatus,
  citizenVoice,
  staffAndAudit,
  requestNumbers,
  unfinishedReceipts,
];
