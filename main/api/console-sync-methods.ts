import { readFileSync } from 'node:fs';
import { BundleError } from '../../sync/bundle-error.ts';
import type { Failure, Result } from '../../preload/contract.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { SyncProblem } from '../sync/hub-client.ts';
import { exportBundle, importReturnBundle, newestReturnBundle } from '../sync/usb-bundles.ts';
import { usbFolder, UsbDriveError } from '../sync/usb-drives.ts';
import type { ApiDeps } from './deps.ts';
import { failure, ok, type MethodGroup } from './result.ts';
import { asStaff } from './staff-guard.ts';

/** A drive missing, a kiosk not enrolled, a bundle refused: each a sentence the console shows under its own heading. */
function usbFailure(error: unknown): Failure {
  if (error instanceof UsbDriveError) return failure('usbDrive', error.message);
  if (error instanceof SyncProblem || error instanceof BundleError) return failure('bundleRefused', error.message);
  throw error;
}

async function onUsb<T>(work: () => T): Promise<Result<T>> {
  try {
    return ok(work());
  } catch (error) {
    return usbFailure(error);
  }
}

/** The console's Sync screen: what main/sync/ reports and does, for a signed-in operator. */
export function consoleSyncMethods(
  deps: ApiDeps,
): MethodGroup<'console.sync' | 'console.syncNow' | 'console.usbExport' | 'console.usbImport'> {
  const db = deps.kioskDb;
  return {
    'console.sync': asStaff(deps, 'operator', async () => ok(deps.sync.status())),

    'console.syncNow': asStaff(deps, 'operator', async () => {
      deps.sync.syncNow();
      return ok(deps.sync.status());
    }),

    'console.usbExport': asStaff(deps, 'operator', (session) =>
      onUsb(() => {
        const written = exportBundle(db, usbFolder(deps.usbDir), null, deps.now());
        appendAudit(db, {
          at: deps.now().toISOString(),
          actor: session.staffNumber,
          action: 'sync.usbExported',
          subject: written.file,
          detail: { events: written.count },
        });
        return { file: written.file, events: written.count };
      }),
    ),

    'console.usbImport': asStaff(deps, 'operator', (session) =>
      onUsb(() => {
        const file = newestReturnBundle(db, usbFolder(deps.usbDir));
        const imported = importReturnBundle(
          db,
          (prefix) => deps.codesFor(prefix),
          readFileSync(file, 'utf8'),
          deps.now(),
        );
        deps.catalogs.refresh();
        appendAudit(db, {
          at: deps.now().toISOString(),
          actor: session.staffNumber,
          action: 'sync.usbImported',
          subject: file,
          detail: { returnSeq: imported.returnSeq, statuses: imported.statuses },
        });
        return { file, statuses: imported.statuses };
      }),
    ),
  };
}
