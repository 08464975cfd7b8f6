import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where browser mode keeps a data folder's key when KIOSK_KEY_FILE is not set: in the
 * user's configuration folder, outside the data folder, one file per data folder.
 */
export function defaultKeyFile(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const config =
    process.platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : env.XDG_CONFIG_HOME || join(homedir(), '.config');
  const id = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return join(config, 'serambi', 'keys', `${id}.key`);
}
