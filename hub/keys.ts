/**
 * The hub's key pairs, kept in its database so every hub process signs with the same key
 * and opens the same bundles. The first process to start makes them.
 */
import { generateBoxKeys, generateSigningKeys, hubFingerprint, type KeyPair } from '../sync/keys.ts';
import type { Store } from './store/store.ts';

export interface HubKeys {
  signing: KeyPair;
  box: KeyPair;
  fingerprint: string;
}

interface KeyRow {
  signing_public: string;
  signing_private: string;
  box_public: string;
  box_private: string;
}

export async function loadHubKeys(store: Store): Promise<HubKeys> {
  const signing = generateSigningKeys();
  const box = generateBoxKeys();
  // Two processes starting at once both try; the first row wins and both read it.
  await store.query(
    `INSERT INTO hub_keys (signing_public, signing_private, box_public, box_private)
     VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
    [signing.publicKey, signing.privateKey, box.publicKey, box.privateKey],
  );
  const [row] = await store.query<KeyRow>('SELECT * FROM hub_keys');
  const keys = {
    signing: { publicKey: row!.signing_public, privateKey: row!.signing_private },
    box: { publicKey: row!.box_public, privateKey: row!.box_private },
  };
  return { ...keys, fingerprint: hubFingerprint(keys.signing.publicKey, keys.box.publicKey) };
}
