import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, METHOD_NAMES, type KioskApi } from './contract.ts';

/**
 * Exposes exactly the contract's methods as window.kiosk. Each is a plain function that
 * forwards its one argument; ipcRenderer itself never reaches the page.
 */
const kiosk = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(channelFor(method), input)]),
) as KioskApi;

contextBridge.exposeInMainWorld('kiosk', kiosk);
