import { describe, expect, it } from 'vitest';
import { aheadChecks } from '../../../../renderer/flow/ahead-checks.ts';

/** A main process whose answers come back only when the test says so. */
function slowMain() {
  const asked: string[] = [];
  const pending: { value: string; settle: (fail?: boolean) => void }[] = [];
  const ask = (value: string) =>
    new Promise<string>((resolve, reject) => {
      asked.push(value);
      pending.push({ value, settle: (fail) => (fail ? reject(new Error('main is gone')) : resolve(`ok ${value}`)) });
    });
  /** Answers the oldest waiting check, then lets its follow-ups run. */
  const answer = async (fail = false) => {
    pending.shift()!.settle(fail);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { asked, ask, answer };
}

/** Checks made ahead sent in the same task, for the tests of what is sent; the frame's wait has tests of its own. */
const atOnce = (run: () => void) => run();

/** Frames drawn when the test says so. */
function frames() {
  const queued: Array<() => void> = [];
  return { later: (run: () => void) => queued.push(run), draw: () => queued.splice(0).forEach((run) => run()) };
}

describe('answers checked ahead of Next', () => {
  it('gives Next the verdict made while the citizen was still on the question, without asking again', async () => {
    const main = slowMain();
    const checks = aheadChecks(main.ask, atOnce);
    checks.ahead('3273');
    await main.answer();
    expect(await checks.check('3273')).toBe('ok 3273');
    expect(main.asked).toEqual(['3273']);
  });

  it('keeps one check in flight while typing and then checks the newest answer only', async () => {
    const main = slowMain();
    const checks = aheadChecks(main.ask, atOnce);
    for (const typed of ['3', '32', '327', '3273']) checks.ahead(typed);
    expect(main.asked).toEqual(['3']);
    await main.answer();
    expect(main.asked).toEqual(['3', '3273']);
    const verdict = checks.check('3273');
    await main.answer();
    expect(await verdict).toBe('ok 3273');
    expect(main.asked).toEqual(['3', '3273']);
  });

  it('does not check a letter typed and taken back while the check before it ran', async () => {
    const main = slowMain();
    const checks = aheadChecks(main.ask, atOnce);
    for (const typed of ['32', '327', '32']) checks.ahead(typed);
    await main.answer();
    expect(await checks.check('32')).toBe('ok 32');
    expect(main.asked).toEqual(['32']);
  });

  it('asks again when Next comes with an answer that was not checked ahead', async () => {
    const main = slowMain();
    const checks = aheadChecks(main.ask, atOnce);
    checks.ahead('327');
    await main.answer();
    const verdict = checks.check('3273');
    expect(main.asked).toEqual(['327', '3273']);
    await main.answer();
    expect(await verdict).toBe('ok 3273');
  });

  it('does not show a check that failed ahead: Next asks once more and shows that verdict', async () => {
    const main = slowMain();
    const checks = aheadChecks(main.ask, atOnce);
    checks.ahead('3273');
    const verdict = checks.check('3273');
    await main.answer(true);
    await main.answer();
    expect(await verdict).toBe('ok 3273');
    expect(main.asked).toEqual(['3273', '3273']);
  });

  it('keeps nothing of a citizen who has gone: the next citizen with the same answer is asked for anew', async () => {
    const main = slowMain();
    const checks = aheadChecks(main.ask, atOnce);
    checks.ahead('3273');
    await main.answer();
    checks.forget();
    const verdict = checks.check('3273');
    expect(main.asked).toEqual(['3273', '3273']);
    await main.answer();
    expect(await verdict).toBe('ok 3273');
  });

  it('are sent after the frame that draws the key, the newest answer of that frame only', async () => {
    const main = slowMain();
    const frame = frames();
    const checks = aheadChecks(main.ask, frame.later);
    checks.ahead('3');
    checks.ahead('32');
    expect(main.asked).toEqual([]);
    frame.draw();
    expect(main.asked).toEqual(['32']);
    await main.answer();
    expect(await checks.check('32')).toBe('ok 32');
    expect(main.asked).toEqual(['32']);
  });

  it('are not sent after that frame when Next came first, or the citizen left', async () => {
    const main = slowMain();
    const frame = frames();
    const checks = aheadChecks(main.ask, frame.later);
    checks.ahead('3273');
    const verdict = checks.check('3273');
    expect(main.asked).toEqual(['3273']);
    frame.draw();
    await main.answer();
    expect(await verdict).toBe('ok 3273');

    checks.ahead('3274');
    checks.forget();
    frame.draw();
    expect(main.asked).toEqual(['3273']);
  });
});
