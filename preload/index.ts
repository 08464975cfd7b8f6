import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channelFor,
  EVENT_NAMES,
  eventChannelFor,
  CITIZEN_METHOD_NAMES,
  type EventName,
  type KioskApi,
} from './contract.ts';

/**
 * Exposes exactly the contract's citizen methods and its events as window.kiosk. Each method is a
 * plain function that forwards its one argument; listeners get the payload only, never
 * the IPC event, and ipcRenderer itself never reaches the page.
 */
const methods = Object.fromEntries(
  CITIZEN_METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelFor(method), input)]),
);

function on(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!EVENT_NAMES.includes(event)) throw new Error(`No event "${event}".`);
  const channel = eventChannelFor(event);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => ipcRenderer.removeListener(channel, forward);
}

contextBridge.exposeInMainWorld('kiosk', { ...methods, on } as unknown as KioskApi);
