import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' }));
const ipcListeners = new Map<string, (...args: unknown[]) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke,
    send: vi.fn(),
    on: (channel: string, fn: (...args: unknown[]) => void) => ipcListeners.set(channel, fn),
    removeListener: (channel: string) => ipcListeners.delete(channel),
  },
}));

const { CITIZEN_METHOD_NAMES, OPERATOR_METHODS, channelFor, eventChannelFor } =
  await import('../../../preload/contract.ts');
await import('../../../preload/index.ts');

describe('preload', () => {
  it('exposes window.kiosk with exactly the citizen methods and nothing of ipcRenderer', () => {
    expect(Object.keys(exposed)).toEqual(['kiosk']);
    const kiosk = exposed.kiosk as Record<string, unknown>;
    expect(Object.keys(kiosk).sort()).toEqual([...CITIZEN_METHOD_NAMES, 'on'].sort());
    for (const method of OPERATOR_METHODS) expect(kiosk).not.toHaveProperty(method);
    expect(Object.values(kiosk).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards one argument on the method’s own channel and returns the result', async () => {
    const kiosk = exposed.kiosk as Record<string, (input: unknown, extra?: unknown) => Promise<unknown>>;
    const result = await kiosk['catalog.get']!({}, 'smuggled');
    expect(invoke).toHaveBeenCalledWith(channelFor('catalog.get'), {});
    expect(result).toEqual({ ok: true, value: 'answer' });
  });

  it('passes event payloads to listeners without the IPC event, and unsubscribes', () => {
    const kiosk = exposed.kiosk as { on: (event: string, listener: (...args: unknown[]) => void) => () => void };
    const calls: unknown[][] = [];
    const stop = kiosk.on('scanner.scan', (...args) => calls.push(args));
    ipcListeners.get(eventChannelFor('scanner.scan'))!(
      { sender: 'the IPC event' },
      { code: 'K3A22223X', source: 'hid' },
    );
    expect(calls).toEqual([[{ code: 'K3A22223X', source: 'hid' }]]);
    stop();
    expect(ipcListeners.has(eventChannelFor('scanner.scan'))).toBe(false);
    expect(() => kiosk.on('not.an.event', () => undefined)).toThrow(/No event/);
  });
});
