import type { IpcMain } from 'electron';
import { channelFor, CITIZEN_METHOD_NAMES, type Failure } from '../../preload/contract.ts';
import { dispatch } from '../api/dispatch.ts';
import type { buildApi } from '../api/build-api.ts';
import { isTrustedSender } from './security-policy.ts';

const untrusted: Failure = { ok: false, code: 'invalidInput', message: 'Calls are accepted only from the kiosk page.' };

/** One handler per page method, the citizen's and staff's (operator methods are not for the page); the sender frame is checked first. */
export function registerIpc(ipcMain: IpcMain, api: ReturnType<typeof buildApi>): void {
  for (const method of CITIZEN_METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event, input: unknown) =>
      isTrustedSender(event.senderFrame) ? dispatch(api, method, input) : untrusted,
    );
  }
}
