/** USB bundles from the command line: import a kiosk's file, write a kiosk's return file. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubConfig } from '../config.ts';
import { loadHubKeys } from '../keys.ts';
import { HubSetupError } from '../setup-error.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { importBundle } from '../sync/import-bundle.ts';
import { writeReturnBundle } from '../sync/write-return-bundle.ts';

async function withStore<T>(config: HubConfig, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function importFile(config: HubConfig, [file]: string[]): Promise<void> {
  if (!file) throw new HubSetupError('Name the bundle file to import: npm run hub -- import FILE.');
  const text = readFileSync(file, 'utf8');
  const result = await withStore(config, async (store) => importBundle(store, await loadHubKeys(store), text, null));
  console.log(
    `Imported the bundle of kiosk ${result.kiosk} (events ${result.fromSeq} to ${result.toSeq}): ${result.stored} new, all up to ${result.ackedSeq} now held. Write its return bundle with: npm run hub -- return-bundle ${result.kiosk}`,
  );
}

export async function returnBundleFile(config: HubConfig, [prefix, file]: string[]): Promise<void> {
  if (!prefix)
    throw new HubSetupError('Name the kiosk by its prefix: npm run hub -- return-bundle PREFIX [FILE or FOLDER].');
  const bundle = await withStore(config, async (store) =>
    writeReturnBundle(store, await loadHubKeys(store), prefix.toUpperCase(), null),
  );
  // A folder (the drive's mount point) gets the bundle under its own name.
  const target = !file
    ? bundle.fileName
    : statSync(file, { throwIfNoEntry: false })?.isDirectory()
      ? join(file, bundle.fileName)
      : file;
  writeFileSync(target, bundle.text);
  console.log(`Wrote the return bundle for kiosk ${prefix.toUpperCase()} to ${target}; import it on the kiosk.`);
}
