import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type Actor } from 'xstate';
import { SCREENS, type Result } from '../../../../preload/contract.ts';
import {
  freshCitizen,
  sessionMachine,
  type CheckInput,
  type SessionEvent,
  type SessionMachine,
} from '../../../../renderer/flow/session.ts';
import { catalog, fakeKiosk, receipt } from './fake-kiosk.ts';

type Session = Actor<SessionMachine>;

async function started(kiosk = fakeKiosk()): Promise<Session> {
  const actor = createActor(kiosk.machine).start();
  await waitFor(actor, (s) => s.matches('attract'));
  return actor;
}

const field = (actor: Session) => {
  const { context } = actor.getSnapshot();
  return context.catalog!.services.find((s) => s.service_code === context.serviceCode)!.fields[context.index]!.code;
};

/** Sends NEXT and waits until the answer check has come back. */
async function next(actor: Session): Promise<void> {
  actor.send({ type: 'NEXT' });
  await waitFor(actor, (s) => !s.matches({ question: 'checking' }));
}

async function answer(actor: Session, value: string | string[]): Promise<void> {
  actor.send({ type: 'ANSWER', value });
  await next(actor);
}

function toFirstQuestion(actor: Session, service = 'akta', language: 'id' | 'en' = 'id'): void {
  const events: SessionEvent[] = [
    { type: 'START' },
    { type: 'CHOOSE_LANGUAGE', language },
    { type: 'SELECT_SERVICE', serviceCode: service },
    { type: 'BEGIN' },
    { type: 'ACCEPT_NOTICE' },
  ];
  for (const event of events) actor.send(event);
}

const NIK = '3273015708850002';

describe('session machine', () => {
  it('has only states a call for staff may name (the contract’s SCREENS)', () => {
    const states = Object.keys(sessionMachine.config.states ?? {});
    expect(states.length).toBeGreaterThan(5);
    for (const state of states) expect(SCREENS).toContain(state);
  });

  it('walks a whole request: attract, language, service, standard, questions in order, review, result', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().value).toBe('language');
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'en' });
    expect(actor.getSnapshot().value).toBe('services');
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'akta' });
    expect(actor.getSnapshot().value).toBe('standard');
    actor.send({ type: 'BEGIN' });
    // The service asks for a NIK: the privacy notice comes before any question.
    expect(actor.getSnapshot().value).toBe('notice');
    actor.send({ type: 'ACCEPT_NOTICE' });
    expect(actor.getSnapshot().matches('question')).toBe(true);

    // Fields come in `order`, not in the order the catalog lists them.
    expect(field(actor)).toBe('nik');
    await answer(actor, NIK);
    expect(field(actor)).toBe('nama');
    await answer(actor, 'PUTRI');
    expect(field(actor)).toBe('hubungan');
    await answer(actor, 'ibu');
    expect(field(actor)).toBe('telepon');
    // An optional extra with a consent question: a no moves on with nothing recorded.
    actor.send({ type: 'CONSENT', given: false });
    await waitFor(actor, (s) => !s.matches({ question: 'checking' }));

    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.displays).toEqual({
      nik: '************0002',
      nama: 'PUTRI',
      hubungan: 'ibu',
      telepon: '',
    });

    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('result'));
    expect(kiosk.submits).toEqual([
      {
        serviceCode: 'akta',
        language: 'en',
        answers: { nik: NIK, nama: 'PUTRI', hubungan: 'ibu', telepon: '' },
        noticeVersion: 'uji-1',
        consents: { telepon: false },
      },
    ]);
    expect(actor.getSnapshot().context.receipt).toEqual(receipt);
  });

  it('keeps a refused answer on the same question with the reason, and moves on once it is fixed', async () => {
    const actor = await started();
    toFirstQuestion(actor);
    await answer(actor, '12345');
    const refused = actor.getSnapshot();
    expect(refused.matches({ question: 'answering' })).toBe(true);
    expect(refused.context.index).toBe(0);
    expect(refused.context.problem).toEqual({ kind: 'field', code: 'nikLength' });
    expect(refused.context.answers.nik).toBe('12345');

    // Typing clears the message; the answer typed so far is kept.
    actor.send({ type: 'ANSWER', value: NIK });
    expect(actor.getSnapshot().context.problem).toBeNull();
    await next(actor);
    expect(actor.getSnapshot().context.index).toBe(1);
  });

  it('shows a system problem when the check itself fails, without losing the answer', async () => {
    const kiosk = fakeKiosk();
    const machine = kiosk.machine.provide({
      actors: {
        checkAnswer: fromPromise<Result<{ display: string }>, CheckInput>(async () => {
          throw new Error('connection lost');
        }),
      },
    });
    const actor = createActor(machine).start();
    await waitFor(actor, (s) => s.matches('attract'));
    toFirstQuestion(actor);
    await answer(actor, NIK);
    expect(actor.getSnapshot().context.problem).toEqual({ kind: 'system', code: 'internal' });
    expect(actor.getSnapshot().context.answers.nik).toBe(NIK);
  });

  it('goes back question by question, to the notice and to the standard, keeping every answer', async () => {
    const actor = await started();
    toFirstQuestion(actor);
    await answer(actor, NIK);
    await answer(actor, 'PUTRI');
    actor.send({ type: 'ANSWER', value: 'ibu' }); // typed, not yet confirmed with Next
    actor.send({ type: 'BACK' });
    expect(field(actor)).toBe('nama');
    actor.send({ type: 'BACK' });
    expect(field(actor)).toBe('nik');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('notice');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('standard');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('services');

    // Choosing the same service again finds the answers where they were left.
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'akta' });
    actor.send({ type: 'BEGIN' });
    expect(actor.getSnapshot().context.answers).toEqual({ nik: NIK, nama: 'PUTRI', hubungan: 'ibu' });
  });

  it('starts a different service with no answers', async () => {
    const actor = await started();
    toFirstQuestion(actor);
    await answer(actor, NIK);
    for (let i = 0; i < 4; i++) actor.send({ type: 'BACK' });
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'lain' });
    expect(actor.getSnapshot().context).toMatchObject({ serviceCode: 'lain', answers: {}, displays: {}, index: 0 });
  });

  it('changes language on every screen and keeps the answers', async () => {
    const actor = await started();
    toFirstQuestion(actor);
    await answer(actor, NIK);
    actor.send({ type: 'ANSWER', value: 'PUT' });
    actor.send({ type: 'LANGUAGE', language: 'en' });
    let snapshot = actor.getSnapshot();
    expect(snapshot.context.language).toBe('en');
    expect(snapshot.matches('question')).toBe(true);
    expect(snapshot.context.index).toBe(1);
    expect(snapshot.context.answers).toEqual({ nik: NIK, nama: 'PUT' });

    actor.send({ type: 'ANSWER', value: 'PUTRI' });
    await next(actor);
    await answer(actor, 'ibu');
    await next(actor);
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'LANGUAGE', language: 'id' });
    snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('review');
    expect(snapshot.context.language).toBe('id');
    expect(snapshot.context.answers).toEqual({ nik: NIK, nama: 'PUTRI', hubungan: 'ibu' });
  });

  it('asks an optional extra only after a yes, then requires it; a change of mind takes it back', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    toFirstQuestion(actor);
    await answer(actor, NIK);
    await answer(actor, 'PUTRI');
    await answer(actor, 'ibu');
    expect(field(actor)).toBe('telepon');
    actor.send({ type: 'CONSENT', given: true });
    await next(actor);
    // Said yes, typed nothing: the kiosk asks for the number now.
    expect(kiosk.checks.at(-1)).toMatchObject({ field: 'telepon', value: '', consented: true });
    expect(actor.getSnapshot().context.problem).toEqual({ kind: 'field', code: 'required' });
    actor.send({ type: 'ANSWER', value: '081234567890' });
    actor.send({ type: 'CONSENT', given: false });
    await waitFor(actor, (s) => s.matches('review'));
    expect(actor.getSnapshot().context.answers.telepon).toBeUndefined();

    // Changing it from review starts at its question again; Back restores the earlier no.
    actor.send({ type: 'EDIT', field: 'telepon' });
    expect(actor.getSnapshot().context.consents).toEqual({});
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.consents).toEqual({ telepon: false });
  });

  it('edits one answer from review and comes straight back; Back from an edit undoes it', async () => {
    const actor = await started();
    toFirstQuestion(actor);
    await answer(actor, NIK);
    await answer(actor, 'PUTRI');
    await answer(actor, 'ibu');
    await next(actor);
    expect(actor.getSnapshot().value).toBe('review');

    actor.send({ type: 'EDIT', field: 'nama' });
    expect(field(actor)).toBe('nama');
    await answer(actor, 'PUTRI AYU');
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.displays.nama).toBe('PUTRI AYU');
    expect(actor.getSnapshot().context.editing).toBeNull();

    actor.send({ type: 'EDIT', field: 'nik' });
    actor.send({ type: 'ANSWER', value: '123' });
    actor.send({ type: 'BACK' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('review');
    expect(context.answers.nik).toBe(NIK);
    expect(context.displays.nik).toBe('************0002');

    actor.send({ type: 'EDIT', field: 'no_such_field' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('keeps the answers when submitting fails, and retries', async () => {
    let fail = true;
    const kiosk = fakeKiosk({
      submit: () => (fail ? { ok: false, code: 'storageFailed', message: 'disk full' } : { ok: true, value: receipt }),
    });
    const actor = await started(kiosk);
    toFirstQuestion(actor, 'lain');
    await answer(actor, NIK);
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('submitFailed'));
    expect(actor.getSnapshot().context.submitError).toBe('storageFailed');
    expect(actor.getSnapshot().context.answers).toEqual({ nik: NIK });

    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('submitFailed'));
    fail = false;
    actor.send({ type: 'RETRY' });
    await waitFor(actor, (s) => s.matches('result'));
    expect(kiosk.submits).toHaveLength(3);
  });

  it('forgets the citizen on Finish: back to attract with a fresh context, catalog kept', async () => {
    const actor = await started();
    toFirstQuestion(actor, 'lain', 'en');
    await answer(actor, NIK);
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('result'));
    actor.send({ type: 'FINISH' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('attract');
    expect(context).toEqual({
      ...freshCitizen(),
      catalog: expect.any(Object),
      info: null,
      loadError: null,
      visit: expect.any(Number),
    });
    expect(context.language).toBe('id');
    expect(JSON.stringify(context)).not.toContain(NIK);
  });

  it('forgets the citizen on Reset from any screen', async () => {
    const actor = await started();
    toFirstQuestion(actor);
    await answer(actor, NIK);
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().value).toBe('attract');
    expect(actor.getSnapshot().context).toMatchObject(freshCitizen());
  });

  it('sorts every service’s fields by order when the catalog loads', async () => {
    const actor = await started();
    const fields = actor.getSnapshot().context.catalog!.services[0]!.fields.map((f) => f.code);
    expect(fields).toEqual(['nik', 'nama', 'hubungan', 'telepon']);
    expect(catalog.services[0]!.fields[0]!.code).toBe('hubungan'); // the input is not mutated
  });

  it('waits on a failed catalog load and tries again', async () => {
    let fail = true;
    const kiosk = fakeKiosk({
      load: () =>
        fail ? { ok: false, code: 'internal', message: 'down' } : { ok: true, value: { catalog, info: null } },
    });
    const actor = createActor(kiosk.machine).start();
    await waitFor(actor, (s) => s.matches('unavailable'));
    expect(actor.getSnapshot().context.loadError).toBe('internal');
    actor.send({ type: 'RESET' }); // no catalog yet: nothing to reset to
    expect(actor.getSnapshot().value).toBe('unavailable');
    fail = false;
    actor.send({ type: 'RETRY' });
    await waitFor(actor, (s) => s.matches('attract'));
  });
});
