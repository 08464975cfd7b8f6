import type { ApiDeps } from './deps.ts';
import { devicesMethods } from './devices-methods.ts';
import { kioskMethods } from './kiosk-methods.ts';
import { printingMethods } from './printing-methods.ts';
import { requestsMethods } from './requests-methods.ts';
import { skmMethods } from './skm-methods.ts';
import { syncMethods } from './sync-methods.ts';
import { voiceMethods } from './voice-methods.ts';
import { staffMethods } from './staff-methods.ts';
import { consoleDevicesMethods } from './console-devices-methods.ts';
import { consoleSyncMethods } from './console-sync-methods.ts';
import { consoleSettingsMethods } from './console-settings-methods.ts';
import { consoleStatsMethods } from './console-stats-methods.ts';
import { consoleSkmMethods } from './console-skm-methods.ts';
import { consoleAdminMethods } from './console-admin-methods.ts';

export type { ApiDeps } from './deps.ts';

/** The kiosk's whole API as plain async methods, grouped by domain; both transports serve this one object. */
export function buildApi(deps: ApiDeps) {
  return {
    ...kioskMethods(deps),
    ...requestsMethods(deps),
    ...devicesMethods(deps),
    ...printingMethods(deps),
    ...syncMethods(deps),
    ...voiceMethods(deps),
    ...skmMethods(deps),
    ...staffMethods(deps),
    ...consoleDevicesMethods(deps),
    ...consoleSyncMethods(deps),
    ...consoleSettingsMethods(deps),
    ...consoleStatsMethods(deps),
    ...consoleSkmMethods(deps),
    ...consoleAdminMethods(deps),
  };
}
