/**
 * The renderer's side of a catalog release: the start screen takes a newer catalog, a
 * session in progress keeps the one it began with, and its submission names that version.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, waitFor } from 'xstate';
import type { ServedCatalog } from '../../../preload/contract.ts';
import type { SessionEvent, WatchInput } from '../../../renderer/flow/session.ts';
import { catalog, fakeKiosk } from '../renderer/flow/fake-kiosk.ts';

const served = (version: string | null, revision: number): ServedCatalog => ({ ...catalog, version, revision });

describe('a catalog release in the renderer', () => {
  it('is taken on the start screen, never in the middle of a request', async () => {
    const watches: WatchInput[] = [];
    let release: ((catalog: ServedCatalog) => void) | null = null;
    const kiosk = fakeKiosk({ load: () => ({ ok: true, value: { catalog: served(null, 1), info: null } }) });
    const machine = kiosk.machine.provide({
      actors: {
        watchCatalog: fromCallback<SessionEvent, WatchInput>(({ input, sendBack }) => {
          watches.push(input);
          release = (next) => sendBack({ type: 'CATALOG_LOADED', catalog: next });
          return () => (release = null);
        }),
      },
    });
    const actor = createActor(machine).start();
    await waitFor(actor, (s) => s.matches('attract'));
    expect(watches).toEqual([{ revision: 1 }]);
    release!(served('7', 2));
    expect(actor.getSnapshot().context.catalog).toMatchObject({ version: '7', revision: 2 });

    actor.send({ type: 'START' });
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'id' });
    // The watch ends with the start screen; a late answer is not taken mid-request.
    expect(release).toBeNull();
    actor.send({ type: 'CATALOG_LOADED', catalog: served('8', 3) });
    expect(actor.getSnapshot().context.catalog?.version).toBe('7');

    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'lain' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'ACCEPT_NOTICE' });
    actor.send({ type: 'ANSWER', value: '3273011708850001' });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (s) => s.matches('review'));
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('result'));
    expect(kiosk.submits[0]).toMatchObject({ serviceCode: 'lain', catalogVersion: '7' });

    actor.send({ type: 'FINISH' });
    expect(watches.at(-1)).toEqual({ revision: 2 });
    actor.stop();
  });
});
