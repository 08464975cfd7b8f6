import type Database from 'better-sqlite3';
import initial from './0001-initial.ts';
import helpRequests from './0002-help-requests.ts';
import printDelivery from './0003-print-delivery.ts';
import printCopies from './0004-print-copies.ts';

export interface Migration {
  readonly name: string;
  up(db: Database.Database): void;
}

/** In order: migration N takes the file from user_version N to N+1. */
export const migrations: readonly Migration[] = [initial, helpRequests, printDelivery, printCopies];
