import { insertHelpRequest } from '../store/help-requests-repo.ts';
import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';

/** What the kiosk is and offers, and the citizen's call for staff. */
export function kioskMethods(deps: ApiDeps): MethodGroup<'kiosk.info' | 'catalog.get' | 'help.call'> {
  return {
    'kiosk.info': async () =>
      ok({
        kioskId: deps.kiosk.prefix,
        agency: deps.catalog.agency,
        printerConfigured: deps.printer.config.configured,
        scanner: deps.scannerSettings,
      }),

    'catalog.get': async () => ok(deps.catalog),

    'help.call': async ({ screen, serviceCode }) => {
      const requestedAt = deps.now().toISOString();
      insertHelpRequest(deps.db, { requestedAt, screen, serviceCode: serviceCode ?? null });
      return ok({ requestedAt });
    },
  };
}
