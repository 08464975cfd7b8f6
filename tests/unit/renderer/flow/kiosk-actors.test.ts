import { describe, expect, it } from 'vitest';
import { createActor, waitFor, type Actor } from 'xstate';
import type { KioskApi, Result } from '../../../../preload/contract.ts';
import type { CheckInput } from '../../../../renderer/flow/session.ts';
import { kioskSession } from '../../../../renderer/flow/kiosk-actors.ts';
import { catalog } from './fake-kiosk.ts';

/** What a session asks of main: the catalog, each answer's check, the review's preparation and Send. */
function kioskAnswering() {
  const checked: CheckInput[] = [];
  const prepared: unknown[] = [];
  const submitted: unknown[] = [];
  const api = {
    'catalog.get': async () => ({ ok: true, value: { ...catalog, revision: 'r1' } }),
    'kiosk.info': async () => ({ ok: false, code: 'internal', message: 'not in this test' }),
    'requests.checkAnswer': async (input: CheckInput): Promise<Result<{ display: string }>> => {
      checked.push(input);
      return { ok: true, value: { display: String(input.value) } };
    },
    'requests.prepare': async (input: unknown) => {
      prepared.push(input);
      return { ok: true, value: { prepared: true } };
    },
    'requests.submit': async (input: unknown) => {
      submitted.push(input);
      return { ok: false, code: 'storageFailed', message: 'not in this test' };
    },
  } as unknown as KioskApi;
  return { api, checked, prepared, submitted };
}

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const TO_FIRST_QUESTION = [
  { type: 'START' },
  { type: 'CHOOSE_LANGUAGE', language: 'id' },
  { type: 'SELECT_SERVICE', serviceCode: 'akta' },
  { type: 'BEGIN' },
  { type: 'ACCEPT_NOTICE' },
] as const;
const NIK = '3273015708850002';

/** NIK, name and relationship answered, to the optional phone number that asks first. */
async function toTheConsentQuestion(session: Actor<ReturnType<typeof kioskSession>>) {
  await waitFor(session, (s) => s.matches('attract'));
  for (const event of TO_FIRST_QUESTION) session.send(event);
  for (const value of [NIK, 'PUTRI AYU', ['ibu']]) {
    session.send({ type: 'ANSWER', value });
    session.send({ type: 'NEXT' });
    await waitFor(session, (s) => s.matches({ question: 'answering' }) || s.matches('review'));
  }
  await waitFor(session, (s) => s.context.index === 3);
}

describe('the kiosk session wired to main', () => {
  it('checks an answer as it is typed, so Next moves on without asking main again', async () => {
    const { api, checked } = kioskAnswering();
    const session = createActor(kioskSession(api)).start();
    await waitFor(session, (s) => s.matches('attract'));
    for (const event of TO_FIRST_QUESTION) session.send(event);
    session.send({ type: 'ANSWER', value: NIK });
    await settle();
    expect(checked.map((c) => c.value)).toEqual([NIK]);

    session.send({ type: 'NEXT' });
    await waitFor(session, (s) => s.matches({ question: 'answering' }) && s.context.index === 1);
    expect(checked).toHaveLength(1);
    expect(session.getSnapshot().context.displays).toEqual({ nik: NIK });

    // A citizen who leaves takes their answers along: the next one's same NIK is checked anew.
    session.send({ type: 'RESET' });
    await waitFor(session, (s) => s.matches('attract'));
    for (const event of TO_FIRST_QUESTION) session.send(event);
    session.send({ type: 'ANSWER', value: NIK });
    session.send({ type: 'NEXT' });
    await waitFor(session, (s) => s.matches({ question: 'answering' }) && s.context.index === 1);
    expect(checked).toHaveLength(2);
    session.stop();
  });

  it('checks the no to an optional extra as its question opens, so the no moves on without asking main', async () => {
    const { api, checked } = kioskAnswering();
    const session = createActor(kioskSession(api)).start();
    await toTheConsentQuestion(session);
    await settle();
    // Questions that do not ask first are only checked once answered: each exactly once.
    expect(checked.map((c) => c.field)).toEqual(['nik', 'nama', 'hubungan', 'telepon']);
    expect(checked[3]).toEqual({ serviceCode: 'akta', field: 'telepon', value: '', consented: false });

    session.send({ type: 'CONSENT', given: false });
    await waitFor(session, (s) => s.matches('review'));
    expect(checked).toHaveLength(4);
    session.stop();
  });

  it('asks main to prepare the request as the review screen opens, with exactly what Send then sends', async () => {
    const { api, prepared, submitted } = kioskAnswering();
    const session = createActor(kioskSession(api)).start();
    await toTheConsentQuestion(session);
    expect(prepared).toHaveLength(0);
    session.send({ type: 'CONSENT', given: false });
    await waitFor(session, (s) => s.matches('review'));
    // Not as the screen opens, while the tap that opened it is still being answered: a moment later.
    await settle(100);
    expect(prepared).toHaveLength(0);
    await settle(500);
    expect(prepared).toHaveLength(1);

    // Changing an answer from review prepares again, with the new answer.
    session.send({ type: 'EDIT', field: 'nama' });
    session.send({ type: 'ANSWER', value: 'PUTRI AYU LESTARI' });
    session.send({ type: 'NEXT' });
    await waitFor(session, (s) => s.matches('review'));
    await settle(600);
    expect(prepared).toHaveLength(2);
    expect(prepared[1]).toMatchObject({ serviceCode: 'akta', answers: { nama: 'PUTRI AYU LESTARI' } });

    session.send({ type: 'CONFIRM' });
    await waitFor(session, (s) => s.matches('submitFailed'));
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toEqual(prepared[1]);
    session.stop();
  });

  it('sends at once a request confirmed before it was prepared, and prepares nothing after', async () => {
    const { api, prepared, submitted } = kioskAnswering();
    const session = createActor(kioskSession(api)).start();
    await toTheConsentQuestion(session);
    session.send({ type: 'CONSENT', given: false });
    await waitFor(session, (s) => s.matches('review'));
    session.send({ type: 'CONFIRM' });
    await waitFor(session, (s) => s.matches('submitFailed'));
    await settle(600);
    expect(submitted).toHaveLength(1);
    expect(prepared).toHaveLength(0);
    session.stop();
  });
});
