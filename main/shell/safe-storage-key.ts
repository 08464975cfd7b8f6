import type { SafeStorage } from 'electron';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataKeyError, type KeyStore } from '../secrets/key-store.ts';

export const WRAPPED_KEY_FILE = 'data-key.wrapped';

/**
 * The data key wrapped by the operating system's key store (Windows DPAPI, macOS Keychain,
 * the Linux desktop keyring) through Electron's safeStorage. The wrapped key may sit in the
 * data folder: without the logged-in kiosk user's key store it opens nothing. On Linux
 * without a keyring, safeStorage falls back to 'basic_text', a fixed key that protects
 * nothing, so that backend is refused and an operator sets KIOSK_KEY_FILE instead.
 */
export async function safeStorageKeyStore(
  safeStorage: Pick<
    SafeStorage,
    'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'
  >,
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<KeyStore> {
  const where = 'the system key store';
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'native';
  if (!(await safeStorage.isAsyncEncryptionAvailable()) || backend === 'basic_text' || backend === 'unknown') {
    throw new DataKeyError(
      `This computer has no secure key store for the kiosk's data key (${backend === 'native' ? 'not available' : `Linux reports "${backend}"`}); set KIOSK_KEY_FILE to a file outside the data folder that only the kiosk user can read.`,
    );
  }
  const file = join(dataDir, WRAPPED_KEY_FILE);
  const wrap = async (key: Uint8Array) => safeStorage.encryptStringAsync(Buffer.from(key).toString('base64'));
  return {
    where,
    async load() {
      if (!existsSync(file)) return null;
      let opened;
      try {
        opened = await safeStorage.decryptStringAsync(readFileSync(file));
      } catch (error) {
        throw new DataKeyError(
          `The data key in ${file} does not open with ${where} of this user (${(error as Error).message}); start the kiosk as the user that installed it.`,
        );
      }
      const key = Buffer.from(opened.result, 'base64');
      // The key store rotated its own key: wrap ours again under the new one.
      if (opened.shouldReEncrypt) writeFileSync(file, await wrap(key), { mode: 0o600 });
      return key;
    },
    async create(key) {
      const wrapped = await wrap(key);
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, wrapped);
      } finally {
        closeSync(fd);
      }
    },
  };
}
