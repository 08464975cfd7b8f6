import { join } from 'node:path';
import { writeWhole } from '../console/write-whole.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { usbFolder, UsbDriveError } from '../sync/usb-drives.ts';
import type { ApiDeps } from './deps.ts';
import { failure, ok, type MethodGroup } from './result.ts';
import { skmFile, skmReport } from './skm-methods.ts';
import { asStaff } from './staff-guard.ts';

/**
 * The console's SKM screen: the same report and files as the operator methods skm.report and
 * skm.export, for a signed-in operator at the screen; files go to the USB drive as the
 * statistics do.
 */
export function consoleSkmMethods(deps: ApiDeps): MethodGroup<'console.skm' | 'console.exportSkm'> {
  return {
    'console.skm': asStaff(deps, 'operator', async (_session, { period, serviceCode }) =>
      ok(skmReport(deps, period, serviceCode)),
    ),

    'console.exportSkm': asStaff(deps, 'operator', async (session, { period, serviceCode, format, language }) => {
      let folder: string;
      try {
        folder = usbFolder(deps.usbDir);
      } catch (error) {
        if (error instanceof UsbDriveError) return failure('usbDrive', error.message);
        throw error;
      }
      const made = await skmFile(deps, period, serviceCode, format, language);
      const file = join(folder, made.fileName);
      writeWhole(file, made.bytes);
      appendAudit(deps.kioskDb, {
        at: deps.now().toISOString(),
        actor: session.staffNumber,
        action: 'skm.exported',
        subject: file,
        detail: { period, serviceCode, format, language },
      });
      return ok({ file });
    }),
  };
}
