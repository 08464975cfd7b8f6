import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { KioskInfo } from '../../../../preload/contract.ts';
import { catalog, fakeKiosk } from './fake-kiosk.ts';
import { EXAMPLE_CITIZENS, exampleAnswers } from '../../../../renderer/training/example-citizens.ts';

const OFFICER = { name: 'Siti Petugas', staffNumber: '1990' };

async function started(kiosk = fakeKiosk()) {
  const actor = createActor(kiosk.machine).start();
  await waitFor(actor, (s) => s.matches('attract'));
  return actor;
}

describe('session machine: staff', () => {
  it('starts an assisted request from the start screen, names the officer on the submission, and forgets them with the visit', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'ASSIST', assistant: OFFICER });
    expect(actor.getSnapshot().value).toBe('language');
    expect(actor.getSnapshot().context.assistant).toEqual(OFFICER);
    // The citizen's own choices still work.
    actor.send({ type: 'LARGE_TEXT', on: true });
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'en' });
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'lain' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'ACCEPT_NOTICE' });
    actor.send({ type: 'ANSWER', value: '3273015708850002' });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (s) => s.matches('review'));
    actor.send({ type: 'CONFIRM' });
    await waitFor(actor, (s) => s.matches('result'));
    expect(kiosk.submits[0]).toMatchObject({ assisted: true, language: 'en' });
    actor.send({ type: 'FINISH' });
    expect(actor.getSnapshot().context.assistant).toBeNull();
  });

  it('drops the officer’s name when their session ends, and a citizen alone submits unassisted', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'ASSIST', assistant: OFFICER });
    actor.send({ type: 'STAFF_LEFT' });
    expect(actor.getSnapshot().context.assistant).toBeNull();
  });

  it('tells the citizen someone is coming when the officer attends their call, even after the first notice was closed', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'START' });
    actor.send({ type: 'CALL_STAFF' });
    kiosk.answerHelp(true, 42);
    expect(actor.getSnapshot().context).toMatchObject({ help: 'called', helpCallId: 42 });
    actor.send({ type: 'HELP_SEEN' });
    // Another citizen's call being attended is not news here.
    actor.send({ type: 'HELP_ATTENDED', id: 41 });
    expect(actor.getSnapshot().context.help).toBeNull();
    actor.send({ type: 'HELP_ATTENDED', id: 42 });
    expect(actor.getSnapshot().context.help).toBe('coming');
  });

  it('fills an example citizen’s answers in training, each still checked as the trainee goes on', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'START' });
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'id' });
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'akta' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'ACCEPT_NOTICE' });
    const service = catalog.services.find((s) => s.service_code === 'akta')!;
    actor.send({ type: 'FILL_EXAMPLE', ...exampleAnswers(service, EXAMPLE_CITIZENS[0]!) });
    expect(actor.getSnapshot().context.answers).toMatchObject({ nik: EXAMPLE_CITIZENS[0]!.nik, nama: 'BUDI CONTOH' });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (s) => s.matches({ question: 'answering' }) && s.context.index === 1);
    expect(kiosk.checks.at(-1)).toMatchObject({ field: 'nik', value: EXAMPLE_CITIZENS[0]!.nik });
  });

  it('takes the kiosk’s new details (training, idle times) when main says they changed', async () => {
    const actor = await started();
    const info: KioskInfo = {
      kioskId: 'K3A',
      timeZone: 'Asia/Jakarta',
      agency: catalog.agency,
      printerConfigured: false,
      training: true,
      idle: { answer: 90, result: 30, warning: 20 },
    };
    actor.send({ type: 'INFO_LOADED', info });
    expect(actor.getSnapshot().context.info).toEqual(info);
  });
});
