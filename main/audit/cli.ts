/**
 * `npm run audit -- verify`: checks the kiosk's audit trail. It only reads, so it may run
 * while the kiosk does. Ends with one sentence, and exit code 0 for a whole trail, 1 for a
 * broken one or a problem reaching it.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config.ts';
import { DATABASE_FILE } from '../open-kiosk.ts';
import { resolveDataCipher } from '../secrets/data-key.ts';
import { defaultKeyFile } from '../secrets/default-key-file.ts';
import { keyFileStore } from '../secrets/key-store.ts';
import { describeStartupError } from '../startup-error.ts';
import { attachCipher } from '../store/sealing.ts';
import { describeVerdict, verifyTrail } from './verify-trail.ts';

/** A problem whose message is already the sentence for the operator. */
class NoData extends Error {}

const USAGE = `Serambi audit commands (npm run audit -- COMMAND):
  verify   check that no entry of the audit trail was changed, deleted or added behind the kiosk's back
Settings: KIOSK_DATA_DIR (the kiosk's data folder) and KIOSK_KEY_FILE, as the kiosk has them.`;

async function verify(): Promise<boolean> {
  const config = readConfig(process.env, '.serambi');
  const file = join(config.dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    throw new NoData(`There is no kiosk data in ${config.dataDir}; set KIOSK_DATA_DIR to the kiosk's data folder.`);
  }
  const cipher = await resolveDataCipher(keyFileStore(config.keyFile ?? defaultKeyFile(config.dataDir)), file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    attachCipher(db, cipher);
    const verdict = verifyTrail(db);
    console.log(describeVerdict(verdict));
    return verdict.ok;
  } finally {
    db.close();
  }
}

async function main([command = 'help']: string[]): Promise<number> {
  if (command === 'verify') return (await verify()) ? 0 : 1;
  console.log(USAGE);
  return command === 'help' || command === '--help' ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof NoData ? error.message : describeStartupError(error));
    process.exit(1);
  },
);
