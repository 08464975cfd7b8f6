import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { fakeKiosk } from './fake-kiosk.ts';

/** A survey begun from the start screen without a code. */
async function withoutCode() {
  const actor = createActor(fakeKiosk().machine).start();
  await waitFor(actor, (s) => s.matches('attract'));
  actor.send({ type: 'SURVEY' });
  actor.send({ type: 'S_WITHOUT_CODE' });
  return actor;
}
const survey = (actor: Awaited<ReturnType<typeof withoutCode>>) => actor.getSnapshot().context.survey!;

describe('a survey from the start screen without a code', () => {
  it('asks which service it is about, and lets a paid service not skip the cost', async () => {
    const actor = await withoutCode();
    expect(survey(actor).step).toEqual({ kind: 'service' });
    actor.send({ type: 'S_SERVICE', serviceCode: 'lain' });
    expect(survey(actor)).toMatchObject({ serviceCode: 'lain', free: false, step: { kind: 'element', code: 'U1' } });
  });

  it('counts for no service when the citizen skips the question, with the cost skippable', async () => {
    const actor = await withoutCode();
    actor.send({ type: 'S_SERVICE', serviceCode: null });
    expect(survey(actor)).toMatchObject({ serviceCode: null, free: true, step: { kind: 'element', code: 'U1' } });
  });

  it('goes back from the first element to the service, then to the code', async () => {
    const actor = await withoutCode();
    actor.send({ type: 'S_SERVICE', serviceCode: 'akta' });
    actor.send({ type: 'BACK' });
    expect(survey(actor).step).toEqual({ kind: 'service' });
    actor.send({ type: 'BACK' });
    expect(survey(actor).step).toEqual({ kind: 'code' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().matches('attract')).toBe(true);
  });
});
