/**
 * `npm run hub [-- command]`: the hub's one entry point.
 *
 *   (none) | serve                  run the hub (HTTP server)
 *   create-admin USERNAME [NAME]    make an admin account (the first one, or to regain access)
 *   import FILE                     import a kiosk's USB bundle
 *   return-bundle PREFIX [FILE]     write the return bundle for a kiosk (FILE may be a folder)
 *   help                            this list
 *
 * Whatever goes wrong ends in one sentence on stderr and exit code 1, never a stack trace.
 */
import { BundleError } from '../sync/bundle-error.ts';
import { createAdmin } from './commands/create-admin.ts';
import { importFile, returnBundleFile } from './commands/bundle-files.ts';
import { serve } from './commands/serve.ts';
import { readHubConfig } from './config.ts';
import { HubError } from './hub-error.ts';
import { HubSetupError } from './setup-error.ts';

const USAGE = `Serambi hub commands (npm run hub -- COMMAND):
  serve                         run the hub (the default)
  create-admin USERNAME [NAME]  make an admin account; the password comes from HUB_ADMIN_PASSWORD or is asked for
  import FILE                   import a kiosk's USB bundle
  return-bundle PREFIX [FILE]   write the return bundle for kiosk PREFIX (to FILE, or named for it in FILE's folder)
Settings: DATABASE_URL, HUB_DATA_DIR, HUB_HOST, HUB_PORT, HUB_PUBLIC_URL, HUB_TRUST_PROXY, HUB_LOG_LEVEL, HUB_DB_POOL,
  HUB_LIMIT_SIGN_IN, HUB_LIMIT_ENROL, HUB_LIMIT_KIOSK_CALLS (hub/README.md).`;

function sentenceOf(error: unknown): string {
  if (error instanceof HubSetupError || error instanceof HubError || error instanceof BundleError) return error.message;
  if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') {
    return `There is no file ${(error as NodeJS.ErrnoException).path}; check the name and the folder.`;
  }
  return `The hub stopped: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...args] = argv;
  const config = readHubConfig(process.env);
  switch (command) {
    case 'serve':
      return serve(config);
    case 'create-admin':
      return createAdmin(config, args);
    case 'import':
      return importFile(config, args);
    case 'return-bundle':
      return returnBundleFile(config, args);
    case 'help':
    case '--help':
      console.log(USAGE);
      return;
    default:
      throw new HubSetupError(`"${command}" is not a hub command; run npm run hub -- help for the list.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(sentenceOf(error));
  process.exit(1);
});
