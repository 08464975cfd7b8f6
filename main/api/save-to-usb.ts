import { join } from 'node:path';
import type { Failure } from '../../preload/contract.ts';
import { writeWhole } from '../console/write-whole.ts';
import type { StaffSession } from '../staff/staff-sessions.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { usbFolder, UsbDriveError } from '../sync/usb-drives.ts';
import type { ApiDeps } from './deps.ts';
import { failure } from './result.ts';

/**
 * An operator's file to the USB drive, written whole, and the saving in the audit trail; a
 * missing drive is the operator's to fix, said in one sentence. The file is made only once
 * a drive is there.
 */
export async function saveToUsb(
  deps: ApiDeps,
  session: StaffSession,
  action: string,
  detail: Record<string, unknown>,
  make: () => Promise<{ fileName: string; bytes: string | Uint8Array }>,
): Promise<{ file: string } | Failure> {
  let folder: string;
  try {
    folder = usbFolder(deps.usbDir);
  } catch (error) {
    if (error instanceof UsbDriveError) return failure('usbDrive', error.message);
    throw error;
  }
  const { fileName, bytes } = await make();
  const file = join(folder, fileName);
  writeWhole(file, bytes);
  appendAudit(deps.kioskDb, {
    at: deps.now().toISOString(),
    actor: session.staffNumber,
    action,
    subject: file,
    detail,
  });
  return { file };
}
