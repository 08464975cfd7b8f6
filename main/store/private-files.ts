import { chmodSync, existsSync, mkdirSync } from 'node:fs';

/**
 * The data folder holds citizens' requests: only the kiosk's own user may enter it (0700)
 * or read its files (0600), whatever the umask of the session that started the kiosk.
 * Existing folders and files, from an older install, are tightened too.
 */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

export function makePrivateFiles(...files: string[]): void {
  for (const file of files) if (existsSync(file)) chmodSync(file, 0o600);
}
