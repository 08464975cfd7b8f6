import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}));

const { METHOD_NAMES, channelFor } = await import('../../../preload/contract.ts');
await import('../../../preload/index.ts');

describe('preload', () => {
  it('exposes window.kiosk with exactly the contract methods and nothing of ipcRenderer', () => {
    expect(Object.keys(exposed)).toEqual(['kiosk']);
    const kiosk = exposed.kiosk as Record<string, unknown>;
    expect(Object.keys(kiosk).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.values(kiosk).every((v) => typeof v === 'function')).toBe(true);
  });

  it('forwards one argument on the method’s own channel and returns the result', async () => {
    const kiosk = exposed.kiosk as Record<string, (input: unknown, extra?: unknown) => Promise<unknown>>;
    const result = await kiosk['catalog.get']!({}, 'smuggled');
    expect(invoke).toHaveBeenCalledWith(channelFor('catalog.get'), {});
    expect(result).toEqual({ ok: true, value: 'answer' });
  });
});
