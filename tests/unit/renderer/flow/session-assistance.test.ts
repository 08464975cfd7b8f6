import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { freshCitizen, screenName, showsSameScreen } from '../../../../renderer/flow/session.ts';
import { fakeKiosk } from './fake-kiosk.ts';

const NIK = '3273015708850002';

async function started(kiosk = fakeKiosk()) {
  const actor = createActor(kiosk.machine).start();
  await waitFor(actor, (s) => s.matches('attract'));
  return actor;
}

describe('session machine: display, speech and staff', () => {
  it('starts straight in a language from the attract screen', async () => {
    const actor = await started();
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'en' });
    expect(actor.getSnapshot().value).toBe('services');
    expect(actor.getSnapshot().context.language).toBe('en');
  });

  it('keeps large text, high contrast and read-aloud through the visit and drops them when it ends', async () => {
    const actor = await started();
    actor.send({ type: 'LARGE_TEXT', on: true });
    actor.send({ type: 'HIGH_CONTRAST', on: true });
    actor.send({ type: 'READ_ALOUD', on: true });
    actor.send({ type: 'START' });
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'id' });
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'akta' });
    expect(actor.getSnapshot().context).toMatchObject({ largeText: true, highContrast: true, readAloud: true });

    actor.send({ type: 'HIGH_CONTRAST', on: false });
    expect(actor.getSnapshot().context.highContrast).toBe(false);
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().context).toMatchObject({ largeText: false, highContrast: false, readAloud: false });
  });

  it('counts visits, so the UI can start each one from scratch', async () => {
    const actor = await started();
    const first = actor.getSnapshot().context.visit;
    actor.send({ type: 'START' });
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().context.visit).toBe(first + 1);
  });

  it('wipes choices left on the attract screen when reset there (the idle clock does this)', async () => {
    const actor = await started();
    const visit = actor.getSnapshot().context.visit;
    actor.send({ type: 'LARGE_TEXT', on: true });
    actor.send({ type: 'RESET' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('attract');
    expect(context).toMatchObject({ ...freshCitizen(), visit: visit + 1 });
  });

  it('calls staff with the screen and the service, and shows the answer until the citizen closes it', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'START' });
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'id' });
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'akta' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'ACCEPT_NOTICE' });
    actor.send({ type: 'CALL_STAFF' });
    expect(actor.getSnapshot().context.help).toBe('calling');
    // A second tap while the first call is on its way does not call twice.
    actor.send({ type: 'CALL_STAFF' });
    expect(kiosk.helpCalls).toEqual([{ screen: 'question:nik', serviceCode: 'akta', visit: expect.any(Number) }]);

    kiosk.answerHelp(true);
    expect(actor.getSnapshot().context.help).toBe('called');
    actor.send({ type: 'HELP_SEEN' });
    expect(actor.getSnapshot().context.help).toBeNull();
    // The question the citizen was on is still there.
    expect(screenName(actor.getSnapshot())).toBe('question:nik');
  });

  it('says so when the call for staff could not be recorded', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'CALL_STAFF' });
    expect(kiosk.helpCalls[0]).toMatchObject({ screen: 'attract' });
    expect(kiosk.helpCalls[0]?.serviceCode).toBeUndefined();
    kiosk.answerHelp(false);
    expect(actor.getSnapshot().context.help).toBe('failed');
  });

  it('ignores the answer to a call made in a visit that has ended', async () => {
    const kiosk = fakeKiosk();
    const actor = await started(kiosk);
    actor.send({ type: 'START' });
    actor.send({ type: 'CALL_STAFF' });
    actor.send({ type: 'RESET' });
    kiosk.answerHelp(true);
    expect(actor.getSnapshot().context.help).toBeNull();
  });

  it('names screens for the staff list by state, and questions by field', async () => {
    const actor = await started();
    expect(screenName(actor.getSnapshot())).toBe('attract');
    actor.send({ type: 'START' });
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'id' });
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'akta' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'ACCEPT_NOTICE' });
    actor.send({ type: 'ANSWER', value: NIK });
    actor.send({ type: 'NEXT' });
    await waitFor(actor, (s) => s.context.index === 1);
    expect(screenName(actor.getSnapshot())).toBe('question:nama');
  });

  it('shows the same screen while an answer is checked, and a new one once it is taken', async () => {
    const actor = await started();
    actor.send({ type: 'START' });
    actor.send({ type: 'CHOOSE_LANGUAGE', language: 'id' });
    actor.send({ type: 'SELECT_SERVICE', serviceCode: 'akta' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'ACCEPT_NOTICE' });
    actor.send({ type: 'ANSWER', value: NIK });
    const answering = actor.getSnapshot();
    actor.send({ type: 'NEXT' });
    const checking = actor.getSnapshot();
    expect(checking.matches({ question: 'checking' })).toBe(true);
    expect(showsSameScreen(answering, checking)).toBe(true);
    await waitFor(actor, (s) => s.context.index === 1);
    expect(showsSameScreen(checking, actor.getSnapshot())).toBe(false);
    actor.send({ type: 'LANGUAGE', language: 'en' });
    expect(showsSameScreen(answering, actor.getSnapshot())).toBe(false);
  });
});
