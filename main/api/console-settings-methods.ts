import type { ApiDeps } from './deps.ts';
import { ok, type MethodGroup } from './result.ts';
import { asStaff } from './staff-guard.ts';

/** The console's Settings screen. */
export function consoleSettingsMethods(deps: ApiDeps): MethodGroup<'console.settings' | 'console.saveSettings'> {
  return {
    'console.settings': asStaff(deps, 'operator', async () => ok(deps.settings.view())),
    'console.saveSettings': asStaff(deps, 'operator', async (session, { settings }) =>
      ok(await deps.settings.save(settings, session.staffNumber)),
    ),
  };
}
