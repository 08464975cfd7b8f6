import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';

/** Sync with the agency's hub, for operators. */
export function syncMethods(deps: ApiDeps): MethodGroup<'sync.status' | 'sync.now'> {
  return {
    'sync.status': async () => ok(deps.sync.status()),

    'sync.now': async () => {
      deps.sync.syncNow();
      return ok(deps.sync.status());
    },
  };
}
