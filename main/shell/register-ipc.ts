import type { IpcMain } from 'electron';
import { channelFor, METHOD_NAMES, type Failure } from '../../preload/contract.ts';
import { dispatch } from '../api/dispatch.ts';
import type { buildApi } from '../api/build-api.ts';
import { isTrustedSender } from './security-policy.ts';

const untrusted: Failure = { ok: false, code: 'invalidInput', message: 'Calls are accepted only from the kiosk page.' };

/** One handler per contract method; the sender frame is checked before anything runs. */
export function registerIpc(ipcMain: IpcMain, api: ReturnType<typeof buildApi>): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelFor(method), (event, input: unknown) =>
      isTrustedSender(event.senderFrame) ? dispatch(api, method, input) : untrusted,
    );
  }
}
