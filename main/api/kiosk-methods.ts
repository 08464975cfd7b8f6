import { insertHelpRequest } from '../store/help-requests-repo.ts';
import type { ApiDeps } from './deps.ts';
import { failure, ok, type MethodGroup } from './result.ts';
import { findService } from '../catalog/load-catalog.ts';

/** What the kiosk is and offers, and the citizen's call for staff. */
export function kioskMethods(deps: ApiDeps): MethodGroup<'kiosk.info' | 'catalog.get' | 'help.call'> {
  return {
    'kiosk.info': async () =>
      ok({
        kioskId: deps.kiosk.codes.prefix,
        timeZone: deps.kiosk.timeZone,
        agency: deps.catalog.agency,
        printerConfigured: deps.printer.config.configured,
        scanner: deps.scannerSettings,
        training: deps.training.on,
        idle: deps.settings.idle(),
      }),

    'catalog.get': async () => ok(deps.catalog),

    'help.call': async ({ screen, serviceCode }) => {
      const service = serviceCode === undefined ? undefined : findService(deps.catalog, serviceCode);
      if (serviceCode !== undefined && !service) return failure('unknownService', `No service "${serviceCode}".`);
      const field = screen.startsWith('question:') ? screen.slice('question:'.length) : undefined;
      if (field !== undefined && !service?.fields.some((f) => f.code === field)) {
        return failure('invalidInput', `Screen "${screen}" is not a question of ${serviceCode ?? 'any service'}.`);
      }
      const requestedAt = deps.now().toISOString();
      const id = insertHelpRequest(deps.db, { requestedAt, screen, serviceCode: serviceCode ?? null });
      return ok({ id, requestedAt });
    },
  };
}
