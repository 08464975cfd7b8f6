import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';
import { saveToUsb } from './save-to-usb.ts';
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
      const detail = { period, serviceCode, format, language };
      const saved = await saveToUsb(deps, session, 'skm.exported', detail, () =>
        skmFile(deps, period, serviceCode, format, language),
      );
      return 'file' in saved ? ok(saved) : saved;
    }),
  };
}
